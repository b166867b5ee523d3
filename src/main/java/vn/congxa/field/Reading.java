package vn.congxa.field;

import java.util.List;
import java.util.Optional;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/** What a {@link FieldType} may ask of the file it reads a value from. */
public interface Reading {

    /** A problem with a value, on its node's line, with the file's severity and legal basis. */
    void problem(YNode at, String rule, Message message);

    /** A path relative to the unit's folder, as a path inside its site, when it stays inside the folder and exists. */
    Optional<String> file(FieldSpec spec, YNode at, String path);

    /** Whether the mapping being read has a value for {@code key} (an image's description). */
    boolean has(String key);

    /** One row of a table, read against the field's own fields, with the same problems. */
    Values row(YNode.Mapping row, List<FieldSpec> fields);

    /** The text of a scalar as written (an unquoted 0255… is a number to YAML, and would lose its leading zero). */
    default Optional<String> text(FieldSpec spec, YNode node) {
        if (node instanceof YNode.Scalar scalar) {
            return Optional.of(scalar.text().strip());
        }
        problem(node, "wrong-type", Message.of("field.not-text", spec.key(), spec.localisedLabel()));
        return Optional.empty();
    }
}
