package vn.congxa.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldType;
import vn.congxa.field.FieldTypes;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.yaml.MappingReader;
import vn.congxa.yaml.Nearest;
import vn.congxa.yaml.YNode;

/**
 * Reads what a kind declares about the display of its items ({@code listing}, {@code table}, {@code summary},
 * {@code order}, {@code page}), and checks that every field a kind names there, or in {@code banner_until},
 * {@code open_from}, {@code open_until} and its images' {@code alt}, is a field of the kind, of the type it must be: a
 * field renamed in one place and not the other fails here, on the line that still names it.
 */
final class KindDisplayReader {

    private static final Set<String> PART_KEYS = Set.of("title", "fields", "byline", "body");

    private final MappingReader reader;
    private final String kind;
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    private final Map<String, FieldSpec> own = new LinkedHashMap<>();

    /**
     * @param common the fields every item has, which a part of a page or a summary may name
     * @param own    the kind's own fields, which alone are listed and tabled (the title and date always are)
     */
    KindDisplayReader(MappingReader reader, String kind, List<FieldSpec> common, List<FieldSpec> own) {
        this.reader = reader;
        this.kind = kind;
        common.forEach(field -> this.fields.put(field.key(), field));
        own.forEach(field -> {
            this.fields.put(field.key(), field);
            this.own.put(field.key(), field);
        });
    }

    Kind.Display display() {
        List<Kind.Part> parts = new ArrayList<>();
        for (YNode node : reader.sequence("page")) {
            if (node instanceof YNode.Mapping map) {
                MappingReader part = reader.nested(map);
                part.onlyKeys(PART_KEYS);
                parts.add(new Kind.Part(part.string("title", true).orElse(""), names(part, "fields", fields), names(part, "byline", fields),
                        part.bool("body", false)));
            } else {
                reader.findings().add(Finding.error(reader.path(), node.line(), "config-wrong-type", Message.of("config.not-mapping", "page")));
            }
        }
        return new Kind.Display(shown(names(reader, "listing", own), "listing"), shown(names(reader, "table", own), "table"), name(reader, "summary", Set.of()),
                name(reader, "order", Set.of(FieldTypes.INTEGER)), parts);
    }

    /** The kind's own settings that name a field: each must be one, and a date. */
    void checkDates(String... keys) {
        for (String key : keys) {
            name(reader, key, Set.of(FieldTypes.DATE));
        }
    }

    /** An image's {@code alt} names the field that describes it. */
    void checkAlts() {
        for (FieldSpec field : fields.values()) {
            if (!field.alt().isEmpty() && !fields.containsKey(field.alt())) {
                int line = reader.map().get(field.key()).filter(YNode.Mapping.class::isInstance)
                        .map(node -> ((YNode.Mapping) node).lineOf("alt")).orElse(reader.map().line());
                unknown("alt", field.alt(), line, fields);
            }
        }
    }

    /** Listings and tables show values as text: a field shown otherwise (a file, a picture, a schedule) cannot be one. */
    private List<String> shown(List<String> names, String key) {
        List<String> shown = new ArrayList<>();
        List<String> textual = FieldTypes.ALL.stream().filter(type -> type.placement() == FieldType.Placement.FACTS).map(FieldType::id).toList();
        List<YNode> nodes = reader.sequence(key);
        for (String name : names) {
            FieldType type = fields.get(name).type();
            if (type.placement() == FieldType.Placement.FACTS) {
                shown.add(name);
            } else {
                int line = nodes.stream().filter(node -> node instanceof YNode.Scalar scalar && scalar.text().strip().equals(name))
                        .findFirst().map(YNode::line).orElse(reader.map().lineOf(key));
                reader.findings().add(Finding.error(reader.path(), line, "kinds-field",
                        Message.of("kinds.field-type", key, name, kind, String.join(", ", textual), type.id())));
            }
        }
        return shown;
    }

    private List<String> names(MappingReader from, String key, Map<String, FieldSpec> allowed) {
        List<String> names = new ArrayList<>();
        for (YNode node : from.sequence(key)) {
            String name = node instanceof YNode.Scalar scalar ? scalar.text().strip() : "";
            if (allowed.containsKey(name)) {
                names.add(name);
            } else {
                unknown(key, name, node.line(), allowed);
            }
        }
        return names;
    }

    private Optional<String> name(MappingReader from, String key, Set<FieldType> types) {
        return from.string(key, false).filter(name -> {
            int line = from.map().lineOf(key);
            if (!fields.containsKey(name)) {
                unknown(key, name, line, fields);
                return false;
            }
            FieldType type = fields.get(name).type();
            if (!types.isEmpty() && !types.contains(type)) {
                reader.findings().add(Finding.error(reader.path(), line, "kinds-field", Message.of("kinds.field-type", key, name, kind,
                        String.join(", ", types.stream().map(FieldType::id).toList()), type.id())));
                return false;
            }
            return true;
        });
    }

    private void unknown(String key, String name, int line, Map<String, FieldSpec> allowed) {
        reader.findings().add(Finding.error(reader.path(), line, "kinds-field",
                Message.of("kinds.unknown-field", key, name, kind, Nearest.hint(name, allowed.keySet()))));
    }
}
