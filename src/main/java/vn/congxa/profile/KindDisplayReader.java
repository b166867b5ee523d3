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
    /** Any type of field. */
    private static final Set<FieldType> ANY = Set.of();
    /** What a listing or a table can show: values shown as text, not a file, a picture or a schedule. */
    private static final Set<FieldType> TEXTUAL = FieldTypes.ALL.stream()
            .filter(type -> type.placement() == FieldType.Placement.FACTS).collect(java.util.stream.Collectors.toUnmodifiableSet());

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
                parts.add(new Kind.Part(part.string("title", true).orElse(""), names(part, "fields", fields, ANY),
                        names(part, "byline", fields, ANY), part.bool("body", false)));
            } else {
                reader.findings().add(Finding.error(reader.path(), node.line(), "config-wrong-type", Message.of("config.not-mapping", "page")));
            }
        }
        return new Kind.Display(names(reader, "listing", own, TEXTUAL), names(reader, "table", own, TEXTUAL),
                name(reader, "summary", ANY), name(reader, "order", Set.of(FieldTypes.INTEGER)), parts);
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

    private List<String> names(MappingReader from, String key, Map<String, FieldSpec> allowed, Set<FieldType> types) {
        List<String> names = new ArrayList<>();
        for (YNode node : from.sequence(key)) {
            String name = node instanceof YNode.Scalar scalar ? scalar.text().strip() : "";
            if (accepts(key, name, node.line(), allowed, types)) {
                names.add(name);
            }
        }
        return names;
    }

    private Optional<String> name(MappingReader from, String key, Set<FieldType> types) {
        return from.string(key, false).filter(name -> accepts(key, name, from.map().lineOf(key), fields, types));
    }

    /** Whether {@code name} is one of the {@code allowed} fields, of one of the {@code types}; if not, says so on its line. */
    private boolean accepts(String key, String name, int line, Map<String, FieldSpec> allowed, Set<FieldType> types) {
        if (!allowed.containsKey(name)) {
            unknown(key, name, line, allowed);
            return false;
        }
        FieldType type = allowed.get(name).type();
        if (!types.isEmpty() && !types.contains(type)) {
            reader.findings().add(Finding.error(reader.path(), line, "kinds-field", Message.of("kinds.field-type", key, name, kind,
                    String.join(", ", FieldTypes.ALL.stream().filter(types::contains).map(FieldType::id).toList()), type.id())));
            return false;
        }
        return true;
    }

    private void unknown(String key, String name, int line, Map<String, FieldSpec> allowed) {
        reader.findings().add(Finding.error(reader.path(), line, "kinds-field",
                Message.of("kinds.unknown-field", key, name, kind, Nearest.hint(name, allowed.keySet()))));
    }
}
