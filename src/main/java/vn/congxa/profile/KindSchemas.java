package vn.congxa.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON Schemas (draft 2020-12) of each kind's front matter and of {@code commune.yml}, generated from the kinds file
 * that the checks read, so that an editor's text editor completes and validates what the build will accept.
 */
public final class KindSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private KindSchemas() {
    }

    public static ObjectNode frontMatter(Kinds kinds, Kind kind) {
        return object(kind.title(), "Phần đầu YAML của một bài loại \"" + kind.title() + "\" (congxa)", kinds.fieldsOf(kind), kinds);
    }

    public static ObjectNode commune(Kinds kinds) {
        return object("commune.yml", "Thông tin chung của một xã (congxa)", kinds.commune(), kinds);
    }

    private static ObjectNode object(String title, String description, List<FieldSpec> fields, Kinds kinds) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("title", title);
        schema.put("description", description);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (FieldSpec field : fields) {
            properties.set(field.key(), property(field, kinds));
            if (field.required()) {
                required.add(field.key());
            }
        }
        schema.set("required", required);
        return schema;
    }

    private static ObjectNode property(FieldSpec field, Kinds kinds) {
        ObjectNode property = JSON.objectNode();
        property.put("title", field.label());
        if (!field.labelEn().isBlank()) {
            property.put("description", field.labelEn());
        }
        switch (field.type()) {
            case STRING, TEXT, FILE -> property.put("type", "string");
            case IMAGE -> property.put("type", "string").put("pattern", "(?i)\\.(jpe?g|png|webp|gif|svg)$");
            case DATE -> property.put("type", "string").put("format", "date").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
            case WEEK -> property.put("type", "string").put("pattern", "^\\d{4}-W\\d{2}$");
            // The forms the build accepts (see FieldReader): 07:30, 7h30, 7h, a range of two, or a part of the day.
            case TIME -> property.put("type", "string");
            case ENTRIES -> {
                ObjectNode row = property.put("type", "array").putObject("items").put("type", "object");
                ObjectNode rowProperties = row.putObject("properties");
                ArrayNode rowRequired = JSON.arrayNode();
                for (FieldSpec sub : field.fields()) {
                    rowProperties.set(sub.key(), property(sub, kinds));
                    if (sub.required()) {
                        rowRequired.add(sub.key());
                    }
                }
                row.set("required", rowRequired);
            }
            case BOOLEAN -> property.put("type", "boolean");
            case INTEGER -> property.put("type", "integer");
            case URL -> property.put("type", "string").put("format", "uri").put("pattern", "^https://");
            case EMAIL -> property.put("type", "string").put("format", "email");
            case COLOR -> property.put("type", "string").put("pattern", "^#[0-9a-fA-F]{6}$");
            // Unquoted digits are a number to YAML; the build reads them as written.
            case PHONE -> property.set("type", JSON.arrayNode().add("string").add("integer"));
            case LIST -> {
                property.set("type", JSON.arrayNode().add("array").add("string")); // the build reads one text as a list of one
                property.putObject("items").put("type", "string");
            }
            case FILES -> property.put("type", "array").putObject("items").put("type", "string");
            case SECTIONS -> {
                ObjectNode item = property.put("type", "array").putObject("items").put("type", "object");
                ObjectNode sectionProperties = item.putObject("properties");
                sectionProperties.putObject("slug").put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
                sectionProperties.putObject("title").put("type", "string");
                sectionProperties.putObject("title_en").put("type", "string");
                ArrayNode kindIds = sectionProperties.putObject("kind").put("type", "string").putArray("enum");
                kinds.kinds().keySet().forEach(kindIds::add);
                item.set("required", JSON.arrayNode().add("slug").add("title").add("kind"));
                item.put("additionalProperties", false);
            }
        }
        field.defaultValue().ifPresent(value -> property.put("default", value));
        if (!field.values().isEmpty()) {
            ArrayNode values = property.putArray("enum");
            field.values().forEach(values::add);
        }
        return property;
    }
}
