package vn.congxa.profile;

import vn.congxa.text.Json;
import vn.congxa.field.FieldSchema;
import vn.congxa.field.FieldSpec;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON Schemas (draft 2020-12) of each kind's front matter and of {@code commune.yml}, generated from the kinds file
 * that the checks read, so that an editor's text editor completes and validates what the build will accept.
 */
public final class KindSchemas {

    private static final JsonNodeFactory JSON = Json.NODES;
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
            properties.set(field.key(), FieldSchema.of(field, kinds.kinds().keySet()));
            if (field.required()) {
                required.add(field.key());
            }
        }
        schema.set("required", required);
        return schema;
    }
}
