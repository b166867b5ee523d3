package vn.congxa.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.congxa.finding.Finding;
import vn.congxa.finding.LegalBasis;
import vn.congxa.finding.Message;
import vn.congxa.finding.Messages.Localised;
import vn.congxa.finding.Severity;
import vn.congxa.profile.Bounds;
import vn.congxa.profile.Colour;
import vn.congxa.profile.FieldSpec;
import vn.congxa.yaml.Nearest;
import vn.congxa.yaml.YNode;

/**
 * Validates a YAML mapping (front matter or {@code commune.yml}) against field specifications from the kinds file,
 * converting each value to its type and reporting every missing or malformed field with its line.
 */
final class FieldReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]+");
    /** The formats every browser shows; SVG for drawings such as a boundary map (no script runs in an {@code <img>}). */
    static final Pattern IMAGE = Pattern.compile("(?i).*\\.(jpe?g|png|webp|gif|svg)");
    /** A time of day as Vietnamese write it: 07:30, 7:30, 7h30, 7h (24-hour clock). */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2})|[hH](\\d{2})?)");
    /** From one time to another: "07:30 - 11:00", "7h30–11h". */
    private static final Pattern TIME_RANGE = Pattern.compile("(\\S+)\\s*[-–—]\\s*(\\S+)");
    /** Parts of the day a schedule may give instead of a time, in lower case. */
    private static final Set<String> PARTS_OF_DAY = Set.of("sáng", "trưa", "chiều", "tối", "cả ngày");
    /**
     * How many days after the build day a date may be without being "in the future": the build's clock (UTC on a CI
     * server) may still be on the day before Vietnam's.
     */
    static final int FUTURE_TOLERANCE_DAYS = 1;

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
    record Context(String repoPath, String treeRepoPath, Set<String> assets, Optional<LegalBasis> basis,
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
    static Map<String, Object> read(YNode.Mapping map, List<FieldSpec> specs, Context context, List<Finding> findings) {
        return new FieldReader(context, findings).read(map, specs);
    }

    private Map<String, Object> read(YNode.Mapping map, List<FieldSpec> specs) {
        YNode.Mapping outer = current;
        current = map;
        try {
            return readFields(map, specs);
        } finally {
            current = outer;
        }
    }

    private Map<String, Object> readFields(YNode.Mapping map, List<FieldSpec> specs) {
        Map<String, Object> values = new LinkedHashMap<>();
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
                            Message.of(context.configFile() ? "field.missing-in-config" : "field.missing", spec.key(), label(spec)), true);
                }
                spec.defaultValue().flatMap(Colour::parse).ifPresent(colour -> values.put(spec.key(), colour.hex()));
                continue;
            }
            convert(spec, node.get()).ifPresent(value -> values.put(spec.key(), value));
        }
        checkBounds(map, specs, values);
        return values;
    }

    /** The bounds of the dates read: not in the future, not before or after another date, within the item's week. */
    private void checkBounds(YNode.Mapping map, List<FieldSpec> specs, Map<String, Object> values) {
        Map<String, FieldSpec> byKey = specs.stream().collect(Collectors.toMap(FieldSpec::key, spec -> spec, (a, b) -> a));
        for (FieldSpec spec : specs) {
            int line = map.get(spec.key()).map(YNode::line).orElse(map.line());
            Bounds bounds = spec.bounds();
            if (values.get(spec.key()) instanceof LocalDate date) {
                context.today().filter(today -> !bounds.future() && date.isAfter(today.plusDays(FUTURE_TOLERANCE_DAYS))).ifPresent(today ->
                        add(line, context.severity(), "future-date",
                                Message.of("field.future-date", spec.key(), label(spec), day(date), day(today)), true));
                bounds.notBefore().filter(byKey::containsKey).ifPresent(other -> {
                    if (values.get(other) instanceof LocalDate limit && date.isBefore(limit)) {
                        add(line, context.severity(), "date-order", Message.of("field.date-not-before", spec.key(), label(spec), day(date),
                                other, label(byKey.get(other)), day(limit)), true);
                    }
                });
                bounds.notAfter().filter(byKey::containsKey).ifPresent(other -> {
                    if (values.get(other) instanceof LocalDate limit && date.isAfter(limit)) {
                        add(line, context.severity(), "date-order", Message.of("field.date-not-after", spec.key(), label(spec), day(date),
                                other, label(byKey.get(other)), day(limit)), true);
                    }
                });
            }
            if (values.get(spec.key()) instanceof List<?> rows && bounds.within().isPresent()
                    && values.get(bounds.within().get()) instanceof String week) {
                withinWeek(spec, (YNode.Sequence) map.get(spec.key()).orElseThrow(), rows, week, bounds.within().get());
            }
        }
    }

    /** Every date of every row falls in the week of the item. */
    private void withinWeek(FieldSpec spec, YNode.Sequence sequence, List<?> rows, String week, String weekField) {
        var matcher = WEEK.matcher(week);
        if (!matcher.matches()) {
            return;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2))).with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        for (int i = 0; i < rows.size(); i++) {
            YNode.Mapping row = (YNode.Mapping) sequence.items().get(i);
            for (FieldSpec field : spec.fields()) {
                if (((Map<?, ?>) rows.get(i)).get(field.key()) instanceof LocalDate date && (date.isBefore(monday) || date.isAfter(sunday))) {
                    add(row.get(field.key()).map(YNode::line).orElse(row.line()), context.severity(), "outside-week",
                            Message.of("field.outside-week", field.key(), day(date), week, day(monday), day(sunday), weekField), true);
                }
            }
        }
    }

    private static String day(LocalDate date) {
        return date.format(SectionRule.DAY);
    }

    private static boolean isEmpty(YNode node) {
        return node instanceof YNode.Scalar s && (s.value() == null || String.valueOf(s.value()).isBlank());
    }

    private Optional<Object> convert(FieldSpec spec, YNode node) {
        return switch (spec.type()) {
            case STRING, TEXT -> text(spec, node).flatMap(text -> allowed(spec, node, text)).flatMap(text -> patterned(spec, node, (String) text));
            case DATE -> text(spec, node).flatMap(text -> date(spec, node, text));
            case WEEK -> text(spec, node).flatMap(text -> week(spec, node, text));
            case TIME -> text(spec, node).flatMap(text -> timeOf(spec, node, text));
            case ENTRIES -> entries(spec, node);
            case BOOLEAN -> scalarOf(spec, node, Boolean.class, "field.not-boolean");
            case INTEGER -> scalarOf(spec, node, Long.class, "field.not-integer");
            case URL -> text(spec, node).flatMap(text -> matches(spec, node, text, isHttpsUrl(text), "field.invalid-url"))
                    .flatMap(text -> onHosts(spec, node, (String) text));
            case EMAIL -> text(spec, node).flatMap(text -> matches(spec, node, text, EMAIL.matcher(text).matches(), "field.invalid-email"));
            case PHONE -> text(spec, node).flatMap(text -> matches(spec, node, text,
                    PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 8, "field.invalid-phone"));
            case COLOR -> text(spec, node).flatMap(text -> matches(spec, node, text, Colour.parse(text).isPresent(), "field.invalid-color"))
                    .map(text -> Colour.parse((String) text).orElseThrow().hex());
            case LIST -> list(spec, node).map(Object.class::cast);
            case FILE -> text(spec, node).flatMap(text -> file(spec, node, text));
            case IMAGE -> text(spec, node).flatMap(text -> image(spec, node, text));
            case FILES -> list(spec, node).map(paths -> {
                Set<String> files = new LinkedHashSet<>();
                List<YNode> items = node instanceof YNode.Sequence sequence ? nonEmptyItems(sequence) : List.of();
                for (int i = 0; i < paths.size(); i++) {
                    String path = paths.get(i);
                    YNode at = i < items.size() ? items.get(i) : node; // the line of the path itself, in a list written one per line
                    file(spec, at, path).filter(file -> !files.add(file)).ifPresent(file -> add(at.line(), context.severity(),
                            "duplicate-attachment", Message.of("field.duplicate-file", spec.key(), path), true));
                }
                return (Object) List.copyOf(files);
            });
            case SECTIONS -> Optional.empty(); // nested definitions, read by the profile loader
        };
    }

    /** The text as written: an unquoted 0255… is a number to YAML, and would lose its leading zero. */
    private Optional<String> text(FieldSpec spec, YNode node) {
        if (node instanceof YNode.Scalar s) {
            return Optional.of(s.text().strip());
        }
        add(node.line(), context.severity(), "wrong-type", Message.of("field.not-text", spec.key(), label(spec)), true);
        return Optional.empty();
    }

    private Optional<Object> allowed(FieldSpec spec, YNode node, String text) {
        if (spec.values().isEmpty() || spec.values().contains(text)) {
            return Optional.of(text);
        }
        add(node.line(), context.severity(), "invalid-value",
                Message.of("field.invalid-value", spec.key(), text, Nearest.hint(text, spec.values())), true);
        return Optional.empty();
    }

    /** Text that must have a form (a national procedure code, for one), as a section of the profile asks. */
    private Optional<Object> patterned(FieldSpec spec, YNode node, String text) {
        Optional<Pattern> pattern = spec.constraints().pattern();
        if (pattern.isEmpty() || pattern.get().matcher(text).matches()) {
            return Optional.of(text);
        }
        add(node.line(), context.severity(), "invalid-pattern",
                Message.of("field.pattern", spec.key(), label(spec), text, spec.constraints().example()), true);
        return Optional.empty();
    }

    /** A web address that must lead to one of some hosts (or their subdomains): the national public-service portal. */
    private Optional<Object> onHosts(FieldSpec spec, YNode node, String url) {
        List<String> hosts = spec.constraints().hosts();
        String host = URI.create(url).getHost().toLowerCase(java.util.Locale.ROOT);
        if (hosts.isEmpty() || hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h))) {
            return Optional.of(url);
        }
        add(node.line(), context.severity(), "wrong-host",
                Message.of("field.wrong-host", spec.key(), label(spec), url, String.join(", ", hosts)), true);
        return Optional.empty();
    }

    private Optional<Object> date(FieldSpec spec, YNode node, String text) {
        var matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            add(node.line(), context.severity(), "invalid-date", Message.of("field.date-format", spec.key(), text), true);
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            add(node.line(), context.severity(), "invalid-date", Message.of("field.date-impossible", spec.key(), text), true);
            return Optional.empty();
        }
    }

    /** An ISO week, "2026-W48": the week of a weekly schedule. */
    private Optional<Object> week(FieldSpec spec, YNode node, String text) {
        var matcher = WEEK.matcher(text);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            int week = Integer.parseInt(matcher.group(2));
            long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
            if (week >= 1 && week <= weeks) {
                return Optional.of(text);
            }
        }
        add(node.line(), context.severity(), "invalid-week", Message.of("field.week-format", spec.key(), text), true);
        return Optional.empty();
    }

    private Optional<Object> timeOf(FieldSpec spec, YNode node, String text) {
        Optional<String> time = time(text);
        if (time.isEmpty()) {
            add(node.line(), context.severity(), "invalid-time", Message.of("field.invalid-time", spec.key(), text), true);
        }
        return time.map(Object.class::cast);
    }

    /**
     * A time of day, written as {@code 07:30}, {@code 7:30}, {@code 7h30} or {@code 7h}, or from one such time to a
     * later one ({@code 07:30 - 11:00}), or a part of the day ("Sáng", "Trưa", "Chiều", "Tối", "Cả ngày"), as it is
     * shown: times as {@code HH:MM}, a range with an en dash, a part of the day as written.
     */
    private static Optional<String> time(String text) {
        if (PARTS_OF_DAY.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(text);
        }
        Optional<String> single = clock(text);
        if (single.isPresent()) {
            return single;
        }
        var range = TIME_RANGE.matcher(text);
        if (range.matches()) {
            Optional<String> from = clock(range.group(1));
            Optional<String> until = clock(range.group(2));
            if (from.isPresent() && until.isPresent() && from.get().compareTo(until.get()) < 0) {
                return Optional.of(from.get() + "–" + until.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clock(String text) {
        var matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        String minutes = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        return hour <= 23 && minute <= 59 ? Optional.of(String.format("%02d:%02d", hour, minute)) : Optional.empty();
    }

    /** The items of a sequence that {@link #list} keeps (not empty), in order, for their lines. */
    private static List<YNode> nonEmptyItems(YNode.Sequence sequence) {
        return sequence.items().stream()
                .filter(item -> item instanceof YNode.Scalar scalar && scalar.value() != null && !scalar.text().isBlank()).toList();
    }

    /** Rows (of a schedule), each a mapping read against the field's own fields, with the same findings. */
    private Optional<Object> entries(FieldSpec spec, YNode node) {
        if (!(node instanceof YNode.Sequence sequence) || !sequence.items().stream().allMatch(YNode.Mapping.class::isInstance)) {
            add(node.line(), context.severity(), "wrong-type", Message.of("field.not-entries", spec.key(), label(spec)), true);
            return Optional.empty();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YNode item : sequence.items()) {
            rows.add(read((YNode.Mapping) item, spec.fields()));
        }
        return Optional.of(rows);
    }

    private <T> Optional<Object> scalarOf(FieldSpec spec, YNode node, Class<T> type, String messageKey) {
        if (node instanceof YNode.Scalar s && type.isInstance(s.value())) {
            return Optional.of(s.value());
        }
        add(node.line(), context.severity(), "wrong-type", Message.of(messageKey, spec.key(), label(spec), textOf(node)), true);
        return Optional.empty();
    }

    private Optional<Object> matches(FieldSpec spec, YNode node, String text, boolean valid, String messageKey) {
        if (valid) {
            return Optional.of(text);
        }
        add(node.line(), context.severity(), "invalid-" + spec.type().id(), Message.of(messageKey, spec.key(), text), true);
        return Optional.empty();
    }

    /** A list of texts; a single text is read as a list of one, as editors often write {@code tags: tin tức}. */
    private Optional<List<String>> list(FieldSpec spec, YNode node) {
        if (node instanceof YNode.Scalar s) {
            return Optional.of(List.of(s.text().strip()));
        }
        if (node instanceof YNode.Sequence sequence && sequence.items().stream().allMatch(YNode.Scalar.class::isInstance)) {
            return Optional.of(sequence.items().stream()
                    .map(item -> (YNode.Scalar) item)
                    .filter(item -> item.value() != null)
                    .map(item -> item.text().strip())
                    .filter(text -> !text.isEmpty())
                    .toList());
        }
        add(node.line(), context.severity(), "wrong-type", Message.of("field.not-list", spec.key(), label(spec)), true);
        return Optional.empty();
    }

    /** An image in the commune's folder, in a format every browser shows, described by its alt field. */
    private Optional<Object> image(FieldSpec spec, YNode node, String path) {
        if (!IMAGE.matcher(path).matches()) {
            add(node.line(), context.severity(), "invalid-image", Message.of("field.image-format", spec.key(), path), true);
            return Optional.empty();
        }
        Optional<String> file = file(spec, node, path);
        boolean described = current.get(spec.alt()).filter(alt -> !isEmpty(alt)).isPresent();
        if (file.isPresent() && !spec.alt().isEmpty() && !described) {
            add(node.line(), context.severity(), "image-alt", Message.of("field.image-alt", spec.key(), path, spec.alt()), true);
        }
        return file.map(Object.class::cast);
    }

    /** A file path relative to the commune's folder, which must stay inside it and exist. */
    private Optional<String> file(FieldSpec spec, YNode node, String path) {
        String normalised = path.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || List.of(normalised.split("/")).contains("..")
                || normalised.contains("://")) {
            add(node.line(), context.severity(), "path-outside", Message.of("field.path-outside", spec.key(), path, context.treeRepoPath()), true);
            return Optional.empty();
        }
        String sitePath = normalised.startsWith("./") ? normalised.substring(2) : normalised;
        if (!context.assets().contains(sitePath)) {
            add(node.line(), context.severity(), "missing-file",
                    Message.of("field.missing-file", spec.key(), path, context.treeRepoPath() + "/" + sitePath), true);
            return Optional.empty();
        }
        return Optional.of(sitePath);
    }

    private static boolean isHttpsUrl(String text) {
        try {
            URI uri = new URI(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String textOf(YNode node) {
        return node instanceof YNode.Scalar s ? s.text() : "…";
    }

    private static Localised label(FieldSpec spec) {
        return new Localised(spec.label(), spec.labelEn().isBlank() ? spec.label() : spec.labelEn());
    }

    private void add(int line, Severity severity, String rule, Message message, boolean cite) {
        Finding finding = new Finding(context.repoPath(), line, severity, rule, message, Optional.empty());
        findings.add(cite ? context.basis().map(finding::withBasis).orElse(finding) : finding);
    }
}
