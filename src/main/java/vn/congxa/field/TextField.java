package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import vn.congxa.finding.Message;
import vn.congxa.yaml.Nearest;
import vn.congxa.yaml.YNode;

/**
 * Words: a line ({@code string}) or a paragraph ({@code text}). The kind may list the values allowed; the profile may
 * ask for a form (a national procedure code).
 */
final class TextField implements FieldType {

    private final String id;
    private final boolean brief;

    TextField(String id, boolean brief) {
        this.id = id;
        this.brief = brief;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return reading.text(spec, node).filter(text -> allowed(spec, node, text, reading)).filter(text -> patterned(spec, node, text, reading))
                .map(Value.Text::new);
    }

    private static boolean allowed(FieldSpec spec, YNode node, String text, Reading reading) {
        if (spec.values().isEmpty() || spec.values().contains(text)) {
            return true;
        }
        reading.problem(node, "invalid-value", Message.of("field.invalid-value", spec.key(), text, Nearest.hint(text, spec.values())));
        return false;
    }

    private static boolean patterned(FieldSpec spec, YNode node, String text, Reading reading) {
        var pattern = spec.constraints().pattern();
        if (pattern.isEmpty() || pattern.get().matcher(text).matches()) {
            return true;
        }
        reading.problem(node, "invalid-pattern", Message.of("field.pattern", spec.key(), spec.localisedLabel(), text, spec.constraints().example()));
        return false;
    }

    @Override
    public boolean brief() {
        return brief;
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.put("type", "string");
    }

    /** A select of the allowed values; else a line, or a box for a paragraph, held to the form the profile asks. */
    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        if (!spec.values().isEmpty()) {
            spec.values().forEach(widget.put("widget", "select").putArray("options")::add);
            return;
        }
        widget.put("widget", brief ? "string" : "text");
        spec.constraints().pattern().ifPresent(pattern -> FieldWidget.pattern(widget, "^(?:" + pattern.pattern() + ")$",
                "dạng " + spec.constraints().example()));
    }
}
