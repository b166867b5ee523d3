package vn.congxa.field;

import vn.congxa.text.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** A field as a JSON Schema property: its labels, what its type says, its default and its allowed values. */
public final class FieldSchema {

    private FieldSchema() {
    }

    /** @param kindIds the kinds a unit's own section may be of */
    public static ObjectNode of(FieldSpec field, Collection<String> kindIds) {
        ObjectNode property = Json.NODES.objectNode();
        property.put("title", field.label());
        if (!field.labelEn().isBlank()) {
            property.put("description", field.labelEn());
        }
        field.type().describe(field, property, kindIds);
        field.defaultValue().ifPresent(value -> property.put("default", value));
        if (!field.values().isEmpty()) {
            var values = property.putArray("enum");
            field.values().forEach(values::add);
        }
        return property;
    }
}
