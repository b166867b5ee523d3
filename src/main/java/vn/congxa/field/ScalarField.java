package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/** A value YAML itself types: {@code boolean} (true or false) or {@code integer} (a whole number, a year). */
final class ScalarField implements FieldType {

    static final ScalarField BOOLEAN = new ScalarField("boolean", Boolean.class, "field.not-boolean");
    static final ScalarField INTEGER = new ScalarField("integer", Long.class, "field.not-integer");

    private final String id;
    private final Class<?> yamlType;
    private final String messageKey;

    private ScalarField(String id, Class<?> yamlType, String messageKey) {
        this.id = id;
        this.yamlType = yamlType;
        this.messageKey = messageKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        if (node instanceof YNode.Scalar scalar && yamlType.isInstance(scalar.value())) {
            return Optional.of(scalar.value() instanceof Boolean on ? new Value.Flag(on) : new Value.Whole((Long) scalar.value()));
        }
        reading.problem(node, "wrong-type", Message.of(messageKey, spec.key(), spec.localisedLabel(),
                node instanceof YNode.Scalar scalar ? scalar.text() : "…"));
        return Optional.empty();
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return value instanceof Value.Whole ? Stream.of(value.plain()) : Stream.empty();
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.put("type", id);
    }

    /** A switch, or a whole number. */
    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        if (this == BOOLEAN) {
            widget.put("widget", "boolean").put("default", false);
        } else {
            widget.put("widget", "number").put("value_type", "int");
        }
    }
}
