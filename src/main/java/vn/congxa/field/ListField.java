package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/** A list of texts (tags); a single text is read as a list of one, as editors often write {@code tags: tin tức}. */
final class ListField implements FieldType {

    @Override
    public String id() {
        return "list";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return texts(spec, node, reading).map(Value.Texts::new);
    }

    /** The texts of a scalar or a sequence of scalars, empty ones left out; shared with the file lists. */
    static Optional<List<String>> texts(FieldSpec spec, YNode node, Reading reading) {
        if (node instanceof YNode.Scalar s) {
            return Optional.of(List.of(s.text().strip()));
        }
        if (node instanceof YNode.Sequence sequence && sequence.items().stream().allMatch(YNode.Scalar.class::isInstance)) {
            return Optional.of(nonEmptyItems(sequence).stream().map(item -> ((YNode.Scalar) item).text().strip()).toList());
        }
        reading.problem(node, "wrong-type", Message.of("field.not-list", spec.key(), spec.localisedLabel()));
        return Optional.empty();
    }

    /** The items of a sequence that {@link #texts} keeps (not empty), in order, for their lines. */
    static List<YNode> nonEmptyItems(YNode.Sequence sequence) {
        return sequence.items().stream()
                .filter(item -> item instanceof YNode.Scalar scalar && scalar.value() != null && !scalar.text().isBlank()).toList();
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return ((Value.Texts) value).texts().stream();
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.putArray("type").add("array").add("string"); // the build reads one text as a list of one
        property.putObject("items").put("type", "string");
    }

    /** Texts typed one after another, separated by commas. */
    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        widget.put("widget", "list");
    }

    @Override
    public String hint(FieldSpec spec) {
        String asked = FieldType.super.hint(spec);
        return asked.isEmpty() ? " (danh sách: [mục một, mục hai])" : asked;
    }
}
