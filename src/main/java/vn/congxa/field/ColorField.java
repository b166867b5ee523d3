package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.yaml.YNode;

/** A colour of the unit's theme, {@code #rrggbb} (or {@code #rgb}), kept as {@code #rrggbb}; it may have a default. */
final class ColorField implements FieldType {

    @Override
    public String id() {
        return "color";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return Checked.text(spec, node, reading, text -> Colour.parse(text).isPresent(), "field.invalid-color")
                .map(text -> new Value.Text(Colour.parse(text).orElseThrow().hex()));
    }

    @Override
    public Optional<Value> fallback(FieldSpec spec) {
        return spec.defaultValue().flatMap(Colour::parse).map(colour -> new Value.Text(colour.hex()));
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return Stream.empty();
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.put("type", "string").put("pattern", "^#[0-9a-fA-F]{6}$");
    }

    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        widget.put("widget", "color");
        spec.defaultValue().ifPresent(value -> widget.put("default", value));
    }
}
