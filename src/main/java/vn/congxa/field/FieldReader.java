package vn.congxa.field;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congxa.finding.Finding;
import vn.congxa.finding.LegalBasis;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.text.Vietnamese;
import vn.congxa.yaml.Nearest;
import vn.congxa.yaml.YNode;

/**
 * Reads a YAML mapping (front matter, {@code commune.yml}, the overseeing unit's file) against the fields a kind
 * declares: each value is read by its field's type, and every missing or malformed field, and every date out of its
 * bounds, is reported with its line.
 */
public final class FieldReader implements Reading {

    /**
     * How many days after the build day a date may be without being "in the future": the build's clock (UTC on a CI
     * server) may still be on the day before Vietnam's.
     */
    public static final int FUTURE_TOLERANCE_DAYS = 1;

    /**
     * Where the mapping comes from and how strictly to read it.
     *
     * @param repoPath      the file, for findings
     * @param treeRepoPath  the folder that file paths in values are relative to ({@code communes/<slug>} or {@code content})
     * @param assets        site paths of the files that exist in that folder
     * @param basis         the legal basis a missing field is cited with
     * @param requireFields whether required fields must be present (not for landing pages)
     * @param severity      the severity of problems (warnings for drafts, which are never published)
     * @param unknownKeys   the severity of keys no specification knows
     * @param configFile    a configuration file ({@code commune.yml}) rather than an item's front matter
     * @param today         the build day, which dates may not be after unless their field allows it; empty for a
     *                      configuration file, which has no dates of its own
     */
    public record Context(String repoPath, String treeRepoPath, Set<String> assets, Optional<LegalBasis> basis,
                          boolean requireFields, Severity severity, Severity unknownKeys, boolean configFile, Optional<LocalDate> today) {
    }

    private final Context context;
    private final List<Finding> findings;
    /** The mapping being read (rows of a schedule are read inside their item's): where an image's description is. */
    private YNode.Mapping current = new YNode.Mapping(Map.of(), 0);

    private FieldReader(Context context, List<Finding> findings) {
        this.context = context;
        this.findings = findings;
    }

    /** The typed values of the fields in {@code specs}; problems are added to {@code findings}. */
    public static Values read(YNode.Mapping map, List<FieldSpec> specs, Context context, List<Finding> findings) {
        return new FieldReader(context, findings).row(map, specs);
    }

    @Override
    public Values row(YNode.Mapping map, List<FieldSpec> specs) {
        YNode.Mapping outer = current;
        current = map;
        try {
            return readFields(map, specs);
        } finally {
            current = outer;
        }
    }

    private Values readFields(YNode.Mapping map, List<FieldSpec> specs) {
        Map<String, Value> values = new LinkedHashMap<>();
        Set<String> known = specs.stream().map(FieldSpec::key).collect(Collectors.toSet());
        for (YNode.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                add(entry.keyLine(), context.unknownKeys(), context.configFile() ? "unknown-key" : "unknown-field",
                        Message.of(context.configFile() ? "config.unknown-key" : "field.unknown", entry.key(), Nearest.hint(entry.key(), known)),
                        false);
            }
        }
        for (FieldSpec spec : specs) {
            Optional<YNode> node = map.get(spec.key()).filter(n -> !isEmpty(n));
            if (node.isEmpty()) {
                if (spec.required() && context.requireFields()) {
                    add(map.lineOf(spec.key()), context.severity(), "missing-field",
                            Message.of(context.configFile() ? "field.missing-in-config" : "field.missing", spec.key(), spec.localisedLabel()), true);
                }
                spec.type().fallback(spec).ifPresent(value -> values.put(spec.key(), value));
                continue;
            }
            spec.type().read(spec, node.get(), this).ifPresent(value -> values.put(spec.key(), value));
        }
        Map<String, FieldSpec> read = new LinkedHashMap<>();
        specs.stream().filter(spec -> values.containsKey(spec.key())).forEach(spec -> read.putIfAbsent(spec.key(), spec));
        Values result = new Values(values, read);
        checkBounds(map, specs, result);
        return result;
    }

    /** The bounds of the dates read: not in the future, not before or after another date, within the item's week. */
    private void checkBounds(YNode.Mapping map, List<FieldSpec> specs, Values values) {
        Map<String, FieldSpec> byKey = specs.stream().collect(Collectors.toMap(FieldSpec::key, spec -> spec, (a, b) -> a));
        for (FieldSpec spec : specs) {
            int line = map.get(spec.key()).map(YNode::line).orElse(map.line());
            Bounds bounds = spec.bounds();
            values.day(spec.key()).ifPresent(date -> {
                context.today().filter(today -> !bounds.future() && date.isAfter(today.plusDays(FUTURE_TOLERANCE_DAYS))).ifPresent(today ->
                        add(line, context.severity(), "future-date",
                                Message.of("field.future-date", spec.key(), spec.localisedLabel(), day(date), day(today)), true));
                bounds.notBefore().filter(byKey::containsKey).flatMap(values::day).filter(date::isBefore).ifPresent(limit ->
                        add(line, context.severity(), "date-order", Message.of("field.date-not-before", spec.key(), spec.localisedLabel(), day(date),
                                bounds.notBefore().get(), byKey.get(bounds.notBefore().get()).localisedLabel(), day(limit)), true));
                bounds.notAfter().filter(byKey::containsKey).flatMap(values::day).filter(date::isAfter).ifPresent(limit ->
                        add(line, context.severity(), "date-order", Message.of("field.date-not-after", spec.key(), spec.localisedLabel(), day(date),
                                bounds.notAfter().get(), byKey.get(bounds.notAfter().get()).localisedLabel(), day(limit)), true));
            });
            if (values.get(spec.key()).orElse(null) instanceof Value.Rows rows && bounds.within().isPresent()
                    && values.get(bounds.within().get()).orElse(null) instanceof Value.Week week) {
                withinWeek(spec, (YNode.Sequence) map.get(spec.key()).orElseThrow(), rows, week, bounds.within().get());
            }
        }
    }

    /** Every date of every row falls in the week of the item. */
    private void withinWeek(FieldSpec spec, YNode.Sequence sequence, Value.Rows rows, Value.Week week, String weekField) {
        for (int i = 0; i < rows.rows().size(); i++) {
            YNode.Mapping row = (YNode.Mapping) sequence.items().get(i);
            for (FieldSpec field : spec.fields()) {
                Optional<LocalDate> date = rows.rows().get(i).day(field.key()).filter(day -> !week.contains(day));
                if (date.isPresent()) {
                    add(row.get(field.key()).map(YNode::line).orElse(row.line()), context.severity(), "outside-week",
                            Message.of("field.outside-week", field.key(), day(date.get()), week.plain(), day(week.monday()), day(week.sunday()),
                                    weekField), true);
                }
            }
        }
    }

    private static String day(LocalDate date) {
        return Vietnamese.day(date);
    }

    private static boolean isEmpty(YNode node) {
        return node instanceof YNode.Scalar s && (s.value() == null || String.valueOf(s.value()).isBlank());
    }

    @Override
    public void problem(YNode at, String rule, Message message) {
        add(at.line(), context.severity(), rule, message, true);
    }

    @Override
    public boolean has(String key) {
        return current.get(key).filter(node -> !isEmpty(node)).isPresent();
    }

    /** A file path relative to the unit's folder, which must stay inside it and exist. */
    @Override
    public Optional<String> file(FieldSpec spec, YNode node, String path) {
        String normalised = path.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || List.of(normalised.split("/")).contains("..")
                || normalised.contains("://")) {
            problem(node, "path-outside", Message.of("field.path-outside", spec.key(), path, context.treeRepoPath()));
            return Optional.empty();
        }
        String sitePath = normalised.startsWith("./") ? normalised.substring(2) : normalised;
        if (!context.assets().contains(sitePath)) {
            problem(node, "missing-file", Message.of("field.missing-file", spec.key(), path, context.treeRepoPath() + "/" + sitePath));
            return Optional.empty();
        }
        return Optional.of(sitePath);
    }

    private void add(int line, Severity severity, String rule, Message message, boolean cite) {
        Finding finding = new Finding(context.repoPath(), line, severity, rule, message, Optional.empty());
        findings.add(cite ? context.basis().map(finding::withBasis).orElse(finding) : finding);
    }
}
