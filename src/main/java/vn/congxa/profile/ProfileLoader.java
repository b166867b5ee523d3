package vn.congxa.profile;

import vn.congxa.field.Bounds;
import vn.congxa.field.Colour;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldType;
import vn.congxa.field.FieldTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congxa.content.Slugs;
import vn.congxa.content.TextFile;
import vn.congxa.finding.Finding;
import vn.congxa.finding.LegalBasis;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.yaml.MappingReader;
import vn.congxa.yaml.YNode;
import vn.congxa.yaml.YamlReader;

/**
 * Loads {@code content/kinds.yml} and the profiles ({@code content/profiles/*.yml}, or a single
 * {@code content/profile.yml}) and checks them as data: a typo in a profile is reported like a typo in an article,
 * with path and line, and nothing is built from a broken profile. Profiles carry their period of force, and the
 * periods of a repository's profiles may not overlap: one law governs each day.
 */
public final class ProfileLoader {

    public static final String KINDS_PATH = "content/kinds.yml";

    private static final Set<String> PROFILE_KEYS = Set.of("id", "name", "name_en", "version", "in_force", "raw_html", "accessibility",
            "instruments", "unit_kinds", "portal_address", "rating", "sections", "attachments");
    private static final Set<String> IN_FORCE_KEYS = Set.of("from", "until");
    private static final Set<String> UNIT_KINDS_KEYS = Set.of("values", "basis");
    private static final Set<String> PORTAL_KEYS = Set.of("host", "basis");
    private static final Set<String> RATING_KEYS = Set.of("required", "basis");
    private static final Set<String> FIELD_RULE_KEYS = Set.of("required", "hosts", "pattern", "pattern_example");
    private static final Set<String> ACCESSIBILITY_KEYS = Set.of("min_contrast", "image_budget_kib", "basis");
    private static final Set<String> SECTION_KEYS = Set.of("slug", "title", "title_en", "kind", "required", "min_items",
            "max_age_days", "freshness_severity", "home_items", "current_week", "deadline", "notice", "fields", "basis", "lang", "children");
    private static final Set<String> DEADLINE_KEYS = Set.of("from", "working_days", "severity", "basis");
    private static final Set<String> NOTICE_KEYS = Set.of("before", "working_days", "severity", "basis");
    private static final Set<String> OWN_SECTION_KEYS = Set.of("slug", "title", "title_en", "kind");
    private static final Set<String> BASIS_KEYS = Set.of("instrument", "article", "clause", "point", "status", "note");
    private static final Set<String> FIELD_KEYS = Set.of("type", "required", "values", "label", "label_en", "hidden", "filter", "fields", "alt", "default",
            "contrast_with", "future", "not_before", "not_after", "within");
    private static final Set<String> KIND_KEYS = Set.of("title", "title_en", "fields", "page_size", "open_from", "open_until", "banner_until", "json_ld",
            "listing", "table", "summary", "order", "page");
    private static final Set<String> JSON_LD_KEYS = Set.of("type", "organization", "properties");

    /**
     * What was loaded: the profiles in the order of their periods, and the kinds (empty when the file could not be
     * read at all).
     */
    public record Loaded(List<Profile> profiles, Optional<Kinds> kinds, List<Finding> findings) {
        public Loaded {
            profiles = List.copyOf(profiles);
            findings = List.copyOf(findings);
        }

        /** Every file read and free of errors: nothing is checked or generated from a broken profile. */
        public boolean usable() {
            return !profiles.isEmpty() && kinds.isPresent() && findings.stream().noneMatch(Finding::isError);
        }

        /** The profile in force on a day, if any. */
        public Optional<Profile> inForce(LocalDate day) {
            return profiles.stream().filter(p -> p.inForce().covers(day)).findFirst();
        }

        /** The profile with an id ({@code --profile}), if the repository holds it. */
        public Optional<Profile> byId(String id) {
            return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        /** The profile in force on a day; when there is none, a finding says which profiles cover which days. */
        public Optional<Profile> inForce(LocalDate day, List<Finding> problems) {
            Optional<Profile> found = inForce(day);
            if (found.isEmpty()) {
                problems.add(Finding.error(Profile.FOLDER, 0, "no-profile-in-force",
                        Message.of("profile.none-in-force", day.format(vn.congxa.text.Vietnamese.DAY), listing())));
            }
            return found;
        }

        private String listing() {
            return profiles.stream().map(p -> p.id() + " (" + p.inForce().describe() + ")").collect(Collectors.joining(", "));
        }
    }

    private ProfileLoader() {
    }

    public static Loaded load(Path root) {
        List<Finding> findings = new ArrayList<>();
        Optional<Kinds> kinds = readMapping(root, KINDS_PATH, findings).map(map -> kinds(map, findings));
        List<String> paths = profilePaths(root);
        if (paths.isEmpty()) {
            findings.add(Finding.error(Profile.FOLDER, 0, "profile-missing", Message.of("profile.none")));
        }
        List<Profile> profiles = new ArrayList<>();
        Map<String, Integer> periodLines = new LinkedHashMap<>(); // where each profile says when it is in force
        for (String path : paths) {
            readMapping(root, path, findings).ifPresent(map -> kinds.map(k -> profile(path, map, k, findings)).ifPresent(profile -> {
                profiles.add(profile);
                periodLines.put(path, map.get("in_force").isPresent() ? map.lineOf("in_force") : map.line());
            }));
        }
        profiles.sort(java.util.Comparator.comparing((Profile p) -> p.inForce().from()));
        checkPeriods(profiles, periodLines, findings);
        return new Loaded(profiles, kinds, findings);
    }

    /** {@code content/profiles/*.yml} in name order, and the single {@code content/profile.yml} of older repositories. */
    private static List<String> profilePaths(Path root) {
        List<String> paths = new ArrayList<>();
        if (Files.isRegularFile(root.resolve(Profile.LEGACY_PATH))) {
            paths.add(Profile.LEGACY_PATH);
        }
        Path folder = root.resolve(Profile.FOLDER);
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yml")).sorted()
                        .forEach(name -> paths.add(Profile.FOLDER + "/" + name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return paths;
    }

    /** With several profiles, each says when it is in force, and no two govern the same day or share an id. */
    private static void checkPeriods(List<Profile> profiles, Map<String, Integer> periodLines, List<Finding> findings) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            int line = periodLines.get(profile.path());
            if (!ids.add(profile.id())) {
                findings.add(Finding.error(profile.path(), line, "profile-duplicate-id", Message.of("profile.duplicate-id", profile.id())));
            }
            if (profiles.size() > 1 && !profile.inForce().bounded()) {
                findings.add(Finding.error(profile.path(), line, "profile-in-force", Message.of("profile.in-force-missing", profile.id())));
                continue; // it has no period to overlap with: that is the problem, said once
            }
            for (Profile earlier : profiles.subList(0, i).stream().filter(p -> p.inForce().bounded()).toList()) {
                if (earlier.inForce().overlaps(profile.inForce())) {
                    findings.add(Finding.error(profile.path(), line, "profile-overlap",
                            Message.of("profile.overlap", profile.id(), earlier.id(), earlier.path())));
                }
            }
        }
    }

    /** A commune's own sections, read from its {@code commune.yml} with the same rules as the profile's. */
    public static List<Section> ownSections(String path, String key, List<YNode> nodes, Kinds kinds, List<Finding> findings) {
        List<Section> sections = new ArrayList<>();
        for (YNode node : nodes) {
            if (node instanceof YNode.Mapping map) {
                MappingReader reader = new MappingReader(path, map, findings);
                reader.onlyKeys(OWN_SECTION_KEYS);
                section(reader, "", kinds, Map.of(), true).ifPresent(sections::add);
            } else {
                findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of("config.not-mapping", key)));
            }
        }
        return sections;
    }

    /** A configuration file of the repository (a profile, the kinds, the rubric) read as one YAML mapping. */
    public static Optional<YNode.Mapping> readMapping(Path root, String path, List<Finding> findings) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.error(path, 0, "profile-missing", Message.of("profile.missing")));
            return Optional.empty();
        }
        Optional<String> text = TextFile.read(file, path, findings);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        YamlReader.Result result = YamlReader.read(text.get(), path, 1);
        findings.addAll(result.findings());
        if (result.root().isPresent() && !(result.root().get() instanceof YNode.Mapping)) {
            findings.add(Finding.error(path, 1, "config-wrong-type", Message.of("config.not-mapping", path)));
        }
        return result.root().filter(YNode.Mapping.class::isInstance).map(YNode.Mapping.class::cast);
    }

    private static Kinds kinds(YNode.Mapping map, List<Finding> findings) {
        MappingReader reader = new MappingReader(KINDS_PATH, map, findings);
        reader.onlyKeys(Set.of("common", "kinds", "commune", "overseer"));
        List<FieldSpec> common = reader.mapping("common").map(m -> fields(reader.nested(m), List.of())).orElse(List.of());
        Map<String, Kind> kinds = new LinkedHashMap<>();
        reader.mapping("kinds").ifPresent(all -> all.entries().values().forEach(entry -> {
            if (entry.value() instanceof YNode.Mapping kindMap) {
                MappingReader kindReader = reader.nested(kindMap);
                kindReader.onlyKeys(KIND_KEYS);
                List<FieldSpec> fields = kindReader.mapping("fields").map(m -> fields(kindReader.nested(m), common)).orElse(List.of());
                KindDisplayReader display = new KindDisplayReader(kindReader, entry.key(), common, fields);
                display.checkDates("open_from", "open_until", "banner_until");
                kindReader.mapping("fields").ifPresent(m -> new KindDisplayReader(kindReader.nested(m), entry.key(), List.of(), fields).checkAlts());
                kinds.put(entry.key(), new Kind(entry.key(), kindReader.string("title", true).orElse(entry.key()),
                        kindReader.string("title_en", false).orElse(""), fields, kindReader.integer("page_size", Kind.DEFAULT_PAGE_SIZE),
                        kindReader.string("open_from", false).flatMap(from -> kindReader.string("open_until", true)
                                .map(until -> new Window(from, until))),
                        kindReader.string("banner_until", false),
                        kindReader.mapping("json_ld").map(m -> jsonLd(kindReader.nested(m), fields, common)), display.display()));
            } else {
                findings.add(Finding.error(KINDS_PATH, entry.keyLine(), "config-wrong-type", Message.of("config.not-mapping", entry.key())));
            }
        }));
        if (kinds.isEmpty()) {
            findings.add(Finding.error(KINDS_PATH, map.line(), "config-missing-key", Message.of("config.missing-key", "kinds")));
        }
        List<FieldSpec> commune = reader.mapping("commune").map(m -> fields(reader.nested(m), List.of())).orElse(List.of());
        List<FieldSpec> overseer = reader.mapping("overseer").map(m -> fields(reader.nested(m), List.of())).orElse(List.of());
        return new Kinds(common, kinds, commune, overseer);
    }

    /** A kind's schema.org description: each property names a field of the kind (or a common one). */
    private static Kind.JsonLd jsonLd(MappingReader reader, List<FieldSpec> fields, List<FieldSpec> common) {
        reader.onlyKeys(JSON_LD_KEYS);
        List<String> known = java.util.stream.Stream.concat(common.stream(), fields.stream()).map(FieldSpec::key).toList();
        Map<String, String> properties = new LinkedHashMap<>();
        reader.mapping("properties").ifPresent(map -> map.entries().values().forEach(entry -> {
            String field = entry.value() instanceof YNode.Scalar s ? s.text().strip() : "";
            if (!known.contains(field)) {
                reader.findings().add(Finding.error(reader.path(), entry.keyLine(), "kinds-json-ld",
                        Message.of("kinds.json-ld-field", entry.key(), field, vn.congxa.yaml.Nearest.hint(field, known))));
            } else {
                properties.put(entry.key(), field);
            }
        }));
        return new Kind.JsonLd(reader.string("type", true).orElse("Thing"), reader.string("organization", false).orElse("publisher"), properties);
    }

    /** @param outer the fields of the same item read elsewhere (the common ones, for a kind's), which bounds may name */
    private static List<FieldSpec> fields(MappingReader reader, List<FieldSpec> outer) {
        List<FieldSpec> fields = new ArrayList<>();
        for (YNode.Entry entry : reader.map().entries().values()) {
            if (!(entry.value() instanceof YNode.Mapping fieldMap)) {
                reader.findings().add(Finding.error(reader.path(), entry.keyLine(), "config-wrong-type",
                        Message.of("config.not-mapping", entry.key())));
                continue;
            }
            MappingReader field = reader.nested(fieldMap);
            field.onlyKeys(FIELD_KEYS);
            String typeName = field.string("type", true).orElse("string");
            Optional<FieldType> type = FieldTypes.parse(typeName);
            if (type.isEmpty()) {
                reader.findings().add(Finding.error(reader.path(), fieldMap.lineOf("type"), "kinds-type",
                        Message.of("kinds.unknown-type", typeName, entry.key(),
                                FieldTypes.ALL.stream().map(FieldType::id).collect(Collectors.joining(", ")))));
            }
            List<String> values = field.sequence("values").stream()
                    .map(v -> v instanceof YNode.Scalar s ? String.valueOf(s.value()) : "").toList();
            fields.add(new FieldSpec(entry.key(), type.orElse(FieldTypes.STRING), field.bool("required", false), values,
                    field.string("label", true).orElse(entry.key()), field.string("label_en", false).orElse(""),
                    field.bool("hidden", false), field.bool("filter", false),
                    field.mapping("fields").map(sub -> fields(field.nested(sub), List.of())).orElse(List.of()),
                    field.string("alt", false).orElse(""), field.string("default", false),
                    field.sequence("contrast_with").stream().map(v -> v instanceof YNode.Scalar s ? String.valueOf(s.value()) : "").toList(),
                    new Bounds(field.bool("future", false), field.string("not_before", false), field.string("not_after", false),
                            field.string("within", false)), FieldSpec.Constraints.NONE));
        }
        checkColours(reader, fields);
        checkBounds(reader, fields, outer);
        return fields;
    }

    /**
     * Only dates have bounds, and they name other date fields of the same item; only entries are {@code within} a
     * week, named by a week field of the item.
     */
    private static void checkBounds(MappingReader reader, List<FieldSpec> fields, List<FieldSpec> outer) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        outer.forEach(f -> types.put(f.key(), f.type()));
        fields.forEach(f -> types.put(f.key(), f.type()));
        for (FieldSpec field : fields) {
            YNode.Mapping map = (YNode.Mapping) reader.map().get(field.key()).orElseThrow();
            Bounds bounds = field.bounds();
            boolean date = field.type() == FieldTypes.DATE;
            for (Map.Entry<String, Optional<String>> relation : List.of(Map.entry("not_before", bounds.notBefore()),
                    Map.entry("not_after", bounds.notAfter()))) {
                relation.getValue().filter(other -> !date || types.get(other) != FieldTypes.DATE).ifPresent(other ->
                        reader.findings().add(Finding.error(reader.path(), map.lineOf(relation.getKey()), "kinds-bounds",
                                Message.of("kinds.bound-date", field.key(), relation.getKey(), other))));
            }
            if (bounds.future() && !date) {
                reader.findings().add(Finding.error(reader.path(), map.lineOf("future"), "kinds-bounds",
                        Message.of("kinds.bound-future", field.key())));
            }
            bounds.within().filter(week -> field.type() != FieldTypes.ENTRIES || types.get(week) != FieldTypes.WEEK).ifPresent(week ->
                    reader.findings().add(Finding.error(reader.path(), map.lineOf("within"), "kinds-bounds",
                            Message.of("kinds.bound-within", field.key(), week))));
        }
    }

    /** Only colours have a default or a contrast: a default is a colour, a contrast names a colour field or a colour. */
    private static void checkColours(MappingReader reader, List<FieldSpec> fields) {
        Set<String> colourKeys = new HashSet<>();
        fields.stream().filter(f -> f.type() == FieldTypes.COLOR).forEach(f -> colourKeys.add(f.key()));
        for (FieldSpec field : fields) {
            YNode.Mapping map = (YNode.Mapping) reader.map().get(field.key()).orElseThrow();
            boolean colour = field.type() == FieldTypes.COLOR;
            if (field.defaultValue().isPresent() && (!colour || Colour.parse(field.defaultValue().get()).isEmpty())) {
                reader.findings().add(Finding.error(reader.path(), map.lineOf("default"), "kinds-colour",
                        Message.of("kinds.default", field.key(), field.defaultValue().get())));
            }
            for (String other : field.contrastWith()) {
                if (!colour || !colourKeys.contains(other) && Colour.parse(other).isEmpty()) {
                    reader.findings().add(Finding.error(reader.path(), map.lineOf("contrast_with"), "kinds-colour",
                            Message.of("kinds.contrast-with", field.key(), other)));
                }
            }
        }
    }

    private static Profile profile(String path, YNode.Mapping map, Kinds kinds, List<Finding> findings) {
        MappingReader reader = new MappingReader(path, map, findings);
        reader.onlyKeys(PROFILE_KEYS);
        Map<String, LegalBasis.Instrument> instruments = new LinkedHashMap<>();
        reader.mapping("instruments").ifPresent(all -> all.entries().values().forEach(entry -> {
            String english = entry.value() instanceof YNode.Mapping m
                    ? new MappingReader(path, m, findings).string("en", true).orElse(entry.key())
                    : entry.key();
            instruments.put(entry.key(), new LegalBasis.Instrument(entry.key(), english));
        }));
        List<Section> sections = sections(reader, reader.sequence("sections"), "", kinds, instruments);
        if (sections.isEmpty()) {
            findings.add(Finding.error(path, map.line(), "config-missing-key", Message.of("config.missing-key", "sections")));
        }
        return new Profile(reader.string("id", true).orElse(""), reader.string("name", true).orElse(""),
                reader.string("name_en", false).orElse(""), reader.string("version", true).orElse(""), path,
                reader.mapping("in_force").map(m -> period(reader.nested(m))).orElse(Period.ALWAYS), rawHtml(reader),
                reader.mapping("accessibility").map(m -> accessibility(reader.nested(m), instruments)).orElse(Accessibility.DEFAULT),
                unitRules(reader, instruments), sections,
                reader.mapping("attachments").map(m -> attachments(reader.nested(m))).orElse(Attachments.DEFAULT));
    }

    private static Period period(MappingReader reader) {
        reader.onlyKeys(IN_FORCE_KEYS);
        Optional<LocalDate> from = day(reader, "from", true);
        Optional<LocalDate> until = day(reader, "until", false);
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            reader.findings().add(Finding.error(reader.path(), reader.map().lineOf("until"), "profile-in-force",
                    Message.of("profile.in-force-order", until.get().format(vn.congxa.text.Vietnamese.DAY), from.get().format(vn.congxa.text.Vietnamese.DAY))));
        }
        return new Period(from.orElse(LocalDate.MIN), until);
    }

    private static Optional<LocalDate> day(MappingReader reader, String key, boolean required) {
        return reader.string(key, required).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                reader.findings().add(Finding.error(reader.path(), reader.map().lineOf(key), "profile-in-force",
                        Message.of("profile.in-force-date", key, text)));
                return Optional.empty();
            }
        });
    }

    private static UnitRules unitRules(MappingReader reader, Map<String, LegalBasis.Instrument> instruments) {
        Optional<UnitRules.UnitKinds> kinds = reader.mapping("unit_kinds").map(m -> {
            MappingReader nested = reader.nested(m);
            nested.onlyKeys(UNIT_KINDS_KEYS);
            return new UnitRules.UnitKinds(nested.sequence("values").stream()
                    .map(v -> v instanceof YNode.Scalar s ? s.text().strip() : "").toList(),
                    nested.mapping("basis").flatMap(b -> basis(nested.nested(b), instruments)));
        });
        Optional<UnitRules.PortalAddress> portal = reader.mapping("portal_address").flatMap(m -> {
            MappingReader nested = reader.nested(m);
            nested.onlyKeys(PORTAL_KEYS);
            Optional<LegalBasis> basis = nested.mapping("basis").flatMap(b -> basis(nested.nested(b), instruments));
            return nested.string("host", true).map(host -> new UnitRules.PortalAddress(host, basis));
        });
        portal.ifPresent(address -> address.unknownPlaceholders().forEach(name -> reader.findings().add(Finding.error(reader.path(),
                reader.map().lineOf("portal_address"), "profile-portal-address",
                Message.of("profile.portal-placeholder", name, String.join(", ", UnitRules.PortalAddress.PLACEHOLDERS))))));
        Optional<UnitRules.Rating> rating = reader.mapping("rating").map(m -> {
            MappingReader nested = reader.nested(m);
            nested.onlyKeys(RATING_KEYS);
            return new UnitRules.Rating(nested.bool("required", false), nested.mapping("basis").flatMap(b -> basis(nested.nested(b), instruments)));
        });
        return new UnitRules(kinds, portal, rating);
    }

    /** The extensions a commune may publish; one a server could run or show as a page is refused. */
    private static Attachments attachments(MappingReader reader) {
        reader.onlyKeys(Set.of("allowed"));
        Set<String> allowed = new HashSet<>();
        for (YNode node : reader.sequence("allowed")) {
            String extension = node instanceof YNode.Scalar s ? s.text().strip().toLowerCase(java.util.Locale.ROOT) : "";
            if (!extension.matches("[a-z0-9]+")) {
                reader.findings().add(Finding.error(reader.path(), node.line(), "profile-attachments", Message.of("profile.attachment-extension", extension)));
            } else if (Attachments.NEVER.contains(extension)) {
                reader.findings().add(Finding.error(reader.path(), node.line(), "profile-attachments", Message.of("profile.attachment-never", extension)));
            } else {
                allowed.add(extension);
            }
        }
        return new Attachments(allowed);
    }

    private static Accessibility accessibility(MappingReader reader, Map<String, LegalBasis.Instrument> instruments) {
        reader.onlyKeys(ACCESSIBILITY_KEYS);
        return new Accessibility(reader.number("min_contrast", Accessibility.AA_CONTRAST),
                reader.integer("image_budget_kib", Accessibility.DEFAULT_IMAGE_BUDGET_KIB),
                reader.mapping("basis").flatMap(m -> basis(reader.nested(m), instruments)));
    }

    private static Profile.RawHtml rawHtml(MappingReader reader) {
        String value = reader.string("raw_html", false).orElse("sanitize");
        return Arrays.stream(Profile.RawHtml.values()).filter(mode -> mode.name().equalsIgnoreCase(value)).findFirst()
                .orElseGet(() -> {
                    reader.findings().add(Finding.error(reader.path(), reader.map().lineOf("raw_html"), "profile-raw-html",
                            Message.of("profile.raw-html", value)));
                    return Profile.RawHtml.SANITIZE;
                });
    }

    private static List<Section> sections(MappingReader parent, List<YNode> nodes, String parentPath, Kinds kinds,
                                          Map<String, LegalBasis.Instrument> instruments) {
        List<Section> sections = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (YNode node : nodes) {
            if (!(node instanceof YNode.Mapping map)) {
                parent.findings().add(Finding.error(parent.path(), node.line(), "config-wrong-type", Message.of("config.not-mapping", "sections")));
                continue;
            }
            MappingReader reader = parent.nested(map);
            reader.onlyKeys(SECTION_KEYS);
            section(reader, parentPath, kinds, instruments, false).ifPresent(section -> {
                if (!slugs.add(section.slug())) {
                    parent.findings().add(Finding.error(parent.path(), map.lineOf("slug"), "profile-duplicate-section",
                            Message.of("profile.duplicate-section", section.path())));
                }
                sections.add(section);
            });
        }
        return sections;
    }

    private static Optional<Section> section(MappingReader reader, String parentPath, Kinds kinds,
                                             Map<String, LegalBasis.Instrument> instruments, boolean own) {
        YNode.Mapping map = reader.map();
        Optional<String> slug = reader.string("slug", true);
        Optional<String> title = reader.string("title", true);
        Optional<String> kind = reader.string("kind", true);
        String titleEn = reader.string("title_en", !own).orElse("");
        boolean required = !own && reader.bool("required", false);
        int minItems = reader.integer("min_items", 0);
        int maxAgeDays = reader.integer("max_age_days", 0);
        Optional<LegalBasis> basis = reader.mapping("basis").flatMap(m -> basis(reader.nested(m), instruments));
        Optional<Deadline> deadline = reader.mapping("deadline").flatMap(m -> deadline(reader.nested(m), "from", DEADLINE_KEYS, instruments));
        Optional<Deadline> notice = reader.mapping("notice").flatMap(m -> deadline(reader.nested(m), "before", NOTICE_KEYS, instruments));
        Optional<String> currentWeek = reader.string("current_week", false);
        if (slug.isEmpty() || title.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        if (!Slugs.isSlug(slug.get())) {
            reader.findings().add(Finding.error(reader.path(), map.lineOf("slug"), "profile-slug",
                    Message.of("profile.slug", slug.get(), Slugs.slugify(slug.get()))));
        }
        if (kinds.kind(kind.get()).isEmpty()) {
            reader.findings().add(Finding.error(reader.path(), map.lineOf("kind"), "unknown-kind",
                    Message.of("profile.unknown-kind", kind.get(), String.join(", ", kinds.kinds().keySet()))));
        }
        Map<String, FieldSpec.Rule> fieldRules = reader.mapping("fields")
                .map(m -> fieldRules(reader.nested(m), kinds.kind(kind.get()).map(kinds::fieldsOf).orElse(List.of())))
                .orElse(Map.of());
        if (required && basis.isEmpty()) {
            reader.findings().add(Finding.error(reader.path(), map.lineOf("slug"), "profile-basis",
                    Message.of("profile.required-without-basis", slug.get())));
        }
        String path = parentPath.isEmpty() ? slug.get() : parentPath + "/" + slug.get();
        List<Section> children = own ? List.of() : sections(reader, reader.sequence("children"), path, kinds, instruments);
        // An out-of-date required section fails the build; an optional one is pointed out, unless the profile says otherwise.
        Severity freshness = severity(reader, "freshness_severity").orElse(required ? Severity.ERROR : Severity.WARNING);
        return Optional.of(new Section(path, slug.get(), title.get(), titleEn, kind.get(), required, minItems, maxAgeDays,
                freshness, reader.integer("home_items", 0), currentWeek, deadline, notice, fieldRules, basis, lang(reader), children));
    }

    /** What a section asks of its kind's fields beyond the kind: each must name a field of the kind. */
    private static Map<String, FieldSpec.Rule> fieldRules(MappingReader reader, List<FieldSpec> kindFields) {
        Map<String, FieldSpec.Rule> rules = new LinkedHashMap<>();
        List<String> known = kindFields.stream().map(FieldSpec::key).toList();
        for (YNode.Entry entry : reader.map().entries().values()) {
            if (!known.contains(entry.key())) {
                reader.findings().add(Finding.error(reader.path(), entry.keyLine(), "profile-field",
                        Message.of("profile.unknown-field", entry.key(), vn.congxa.yaml.Nearest.hint(entry.key(), known))));
                continue;
            }
            if (!(entry.value() instanceof YNode.Mapping ruleMap)) {
                reader.findings().add(Finding.error(reader.path(), entry.keyLine(), "config-wrong-type", Message.of("config.not-mapping", entry.key())));
                continue;
            }
            MappingReader rule = reader.nested(ruleMap);
            rule.onlyKeys(FIELD_RULE_KEYS);
            Optional<java.util.regex.Pattern> pattern = rule.string("pattern", false).flatMap(text -> {
                try {
                    return Optional.of(java.util.regex.Pattern.compile(text));
                } catch (java.util.regex.PatternSyntaxException e) {
                    reader.findings().add(Finding.error(reader.path(), ruleMap.lineOf("pattern"), "profile-field",
                            Message.of("profile.bad-pattern", entry.key(), text)));
                    return Optional.empty();
                }
            });
            List<String> hosts = rule.sequence("hosts").stream()
                    .map(v -> v instanceof YNode.Scalar s ? s.text().strip().toLowerCase(java.util.Locale.ROOT) : "").toList();
            rules.put(entry.key(), new FieldSpec.Rule(rule.bool("required", false),
                    new FieldSpec.Constraints(hosts, pattern, rule.string("pattern_example", pattern.isPresent()).orElse(""))));
        }
        return rules;
    }

    /** A BCP 47 language tag, for readers' software: "en", "en-GB". */
    private static Optional<String> lang(MappingReader reader) {
        return reader.string("lang", false).filter(tag -> {
            boolean valid = tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
            if (!valid) {
                reader.findings().add(Finding.error(reader.path(), reader.map().lineOf("lang"), "profile-lang", Message.of("profile.lang", tag)));
            }
            return valid;
        });
    }

    private static Optional<Severity> severity(MappingReader reader, String key) {
        Optional<String> value = reader.string(key, false);
        if (value.isPresent() && !value.get().equals("warning") && !value.get().equals("error")) {
            reader.findings().add(Finding.error(reader.path(), reader.map().lineOf(key), "profile-severity",
                    Message.of("profile.severity", value.get())));
            return Optional.empty();
        }
        return value.map(Severity::parse);
    }

    /** A deadline counted from a date field ({@code from}: after it; {@code before}: ahead of it). */
    private static Optional<Deadline> deadline(MappingReader reader, String fieldKey, Set<String> keys,
                                               Map<String, LegalBasis.Instrument> instruments) {
        reader.onlyKeys(keys);
        Optional<String> from = reader.string(fieldKey, true);
        int workingDays = reader.integer("working_days", 0);
        Severity severity = severity(reader, "severity").orElse(Severity.WARNING);
        Optional<LegalBasis> basis = reader.mapping("basis").flatMap(m -> basis(reader.nested(m), instruments));
        return from.map(field -> new Deadline(field, workingDays, severity, basis));
    }

    private static Optional<LegalBasis> basis(MappingReader reader, Map<String, LegalBasis.Instrument> instruments) {
        reader.onlyKeys(BASIS_KEYS);
        Optional<String> instrumentName = reader.string("instrument", true);
        String statusName = reader.string("status", true).orElse("checked");
        Optional<LegalBasis.Status> status = Arrays.stream(LegalBasis.Status.values())
                .filter(s -> s.name().equalsIgnoreCase(statusName)).findFirst();
        if (status.isEmpty()) {
            reader.findings().add(Finding.error(reader.path(), reader.map().lineOf("status"), "profile-basis",
                    Message.of("profile.basis-status", statusName)));
        }
        if (instrumentName.isEmpty()) {
            return Optional.empty();
        }
        LegalBasis.Instrument instrument = instruments.get(instrumentName.get());
        if (instrument == null) {
            reader.findings().add(Finding.error(reader.path(), reader.map().lineOf("instrument"), "profile-instrument",
                    Message.of("profile.unknown-instrument", instrumentName.get())));
            instrument = new LegalBasis.Instrument(instrumentName.get(), instrumentName.get());
        }
        return Optional.of(new LegalBasis(instrument, reader.string("article", false).orElse(""),
                reader.string("clause", false).orElse(""), reader.string("point", false).orElse(""),
                status.orElse(LegalBasis.Status.CHECKED), reader.string("note", false).orElse("")));
    }
}
