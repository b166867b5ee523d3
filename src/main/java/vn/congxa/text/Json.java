package vn.congxa.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one JSON library of congxa (Jackson), set up once: every JSON file, script and metadata block is written here.
 * Jackson's mapper and writers are safe to share between threads once configured.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Nodes for documents built by hand (schemas, the profile's description). */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /** Maps, lists, strings and numbers on one line: what congxa builds always serialises. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps, lists and strings are always written", e);
        }
    }

    /** The same, indented, for files people read. */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps, lists and strings are always written", e);
        }
    }
}
