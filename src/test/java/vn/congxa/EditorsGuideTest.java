package vn.congxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congxa.EditorsGuide.Example;
import vn.congxa.EditorsGuide.Fence;
import vn.congxa.TestRepo.Run;
import vn.congxa.finding.Lang;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldType;
import vn.congxa.field.FieldTypes;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;

/**
 * Keeps the editors' guide true: every example in it is written into the project's sample (the units of tỉnh Quảng Ngãi)
 * and checked as of {@link TestRepo#SAMPLE_AS_OF} (a valid one yields nothing, a wrong one exactly the finding it claims,
 * printed exactly as the guide shows); every kind has a valid example; every finding an editor can meet has an entry; its
 * tables say what kinds.yml and the profile in force that day say.
 */
class EditorsGuideTest {

    /**
     * Findings about the shared configuration (profiles, kinds, the overseeing unit, the rubric), the command line, the
     * build or the server, not about a commune's content: the guide lists them for IT staff only. Every other code the
     * program reports needs an entry of its own.
     */
    private static final Set<String> IT_ONLY = Set.of(
            "git-history", "kinds-bounds", "kinds-colour", "kinds-field", "kinds-json-ld", "kinds-type", "missing-overseer", "no-communes",
            "no-profile-in-force", "profile-basis", "profile-duplicate-id", "profile-duplicate-section", "profile-field",
            "profile-in-force", "profile-instrument", "profile-lang", "profile-missing", "profile-overlap",
            "profile-attachments", "profile-portal-address", "profile-raw-html", "profile-severity", "rating-endpoint", "report-year",
            "rubric-date", "rubric-missing", "rubric-section", "template-error", "template-field", "unreadable",
            "write-failed", "output-clash", "cms-backend", "cms-bundle-missing");

    /** Since 1/7/2025 there is no district and no thị trấn: words the guide may use only to say so. */
    private static final Pattern GONE_UNITS = Pattern.compile("huyện|thị trấn", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final EditorsGuide GUIDE = EditorsGuide.read();
    private static final ProfileLoader.Loaded PROJECT = ProfileLoader.load(Path.of(""));
    /** The profile the examples are checked against: the one in force on the sample's day (Nghị định 224/2026). */
    private static final Profile IN_FORCE = PROJECT.inForce(LocalDate.parse(TestRepo.SAMPLE_AS_OF)).orElseThrow();
    private static final Pattern COMMAND_WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    /** One finding of {@code check --format json}: enough to say what it is about. */
    private record Reported(String path, String rule, String message) {
        boolean concerns(String file) {
            return file.equals(path) || file.startsWith(path + "/");
        }
    }

    static Stream<Example> examples() {
        return GUIDE.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleYieldsWhatTheGuideSays(Example example, @TempDir Path dir) {
        TestRepo repo = TestRepo.sample(dir).write(example.path(), example.text());
        List<Reported> findings = findings(repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--format", "json"));
        if (example.finding().isEmpty()) {
            assertEquals(List.of(), findings, "a valid example yields no finding");
            assertEquals(List.of(), example.output(), "a valid example has no output to show");
            return;
        }
        String claimed = example.finding().get();
        assertFalse(findings.isEmpty(), "the example yields " + claimed);
        findings.forEach(f -> assertTrue(f.rule().equals(claimed) && f.concerns(example.path()),
                () -> "only " + claimed + " on " + example.path() + ", not " + f));
        assertFalse(example.output().isEmpty(), "a ```text output fence follows the example");
        assertEquals(example.output(), repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF).lines(), "the lines the guide says check prints");
    }

    @Test
    void everyOutputFollowsAWrongExample() {
        long outputs = GUIDE.fences().stream().filter(Fence::isOutput).count();
        assertEquals(outputs, GUIDE.examples().stream().filter(e -> !e.output().isEmpty()).count());
    }

    /** A whole file in the guide (it opens with its front matter) is one the tests run, never an untested copy. */
    @Test
    void everyWholeFileShownIsAnExample() {
        List<Integer> untested = GUIDE.fences().stream()
                .filter(f -> !f.isExample() && !f.content().isEmpty() && f.content().get(0).equals("---"))
                .map(Fence::line).toList();
        assertEquals(List.of(), untested, "guide lines of files without a title=\"…\"");
    }

    @Test
    void everyKindHasAValidExample() {
        Set<String> shown = GUIDE.examples().stream().filter(e -> e.finding().isEmpty())
                .flatMap(e -> IN_FORCE.find(folderOf(e.path())).stream()).map(Section::kind).collect(Collectors.toSet());
        assertEquals(Set.of(), difference(kinds().kinds().keySet(), shown), "kinds without a valid example");
        assertTrue(GUIDE.examples().stream().anyMatch(e -> e.finding().isEmpty() && e.path().endsWith("/commune.yml")),
                "a valid commune.yml");
    }

    @Test
    void everyFindingAnEditorCanMeetHasAnEntry() {
        Set<String> reported = FindingCodes.in(Path.of("src/main/java"));
        Set<String> forEditors = difference(reported, IT_ONLY);
        Set<String> exemplified = GUIDE.examples().stream().flatMap(e -> e.finding().stream()).collect(Collectors.toSet());
        Set<String> proseOnly = GUIDE.markers("prose-only");
        Set<String> explained = new TreeSet<>(exemplified);
        explained.addAll(proseOnly);

        assertEquals(Set.of(), difference(forEditors, explained), "findings without an example or a prose-only entry");
        assertEquals(Set.of(), difference(forEditors, GUIDE.entryHeadings()), "findings without a #### `code` heading");
        assertEquals(Set.of(), difference(explained, reported), "entries for codes the program does not report");
        assertEquals(Set.of(), intersection(proseOnly, exemplified), "prose-only entries that have an example after all");
    }

    @Test
    void itOnlyFindingsAreListedForItStaff() {
        assertEquals(Set.of(), difference(IT_ONLY, FindingCodes.in(Path.of("src/main/java"))), "IT-only codes the program no longer reports");
        String itSection = GUIDE.from("## 5.");
        assertEquals(Set.of(), IT_ONLY.stream().filter(code -> !itSection.contains("`" + code + "`")).collect(Collectors.toSet()),
                "IT-only codes missing from part 5");
    }

    @Test
    void fieldTablesDescribeKindsYml() {
        Kinds kinds = kinds();
        assertFieldTable("common", kinds.common(), List.of());
        kinds.kinds().forEach((id, kind) -> assertFieldTable(id, kind.fields(), IN_FORCE.all().filter(s -> s.kind().equals(id)).toList()));
        assertFieldTable("commune", kinds.commune(), List.of());
    }

    /**
     * A field's row says whether it is required, naming the sections of the profile in force that alone make it so, the
     * values it may take, and what those sections ask of its form: the hosts an address must lead to, an example of a
     * code's pattern.
     */
    private static void assertFieldTable(String name, List<FieldSpec> fields, List<Section> sections) {
        List<FieldSpec> expected = withEntryFields(fields);
        Map<String, List<String>> rows = GUIDE.table("fields: " + name).stream()
                .collect(Collectors.toMap(row -> unquote(row.get(0)), Function.identity()));
        assertEquals(expected.stream().map(FieldSpec::key).collect(Collectors.toSet()), rows.keySet(), "fields of " + name);
        for (FieldSpec field : expected) {
            List<String> row = rows.get(field.key());
            List<FieldSpec.Constraints> rules = sections.stream().flatMap(s -> Stream.ofNullable(s.fieldRules().get(field.key())))
                    .map(FieldSpec.Rule::constraints).toList();
            List<String> requiredBy = sections.stream().filter(s -> s.fieldRules().containsKey(field.key()) && s.fieldRules().get(field.key()).required())
                    .map(Section::path).toList();
            boolean required = field.required() || !requiredBy.isEmpty();
            assertTrue(row.get(2).startsWith(required ? "có" : "không"), () -> name + "." + field.key() + " required: " + row);
            if (!field.required()) {
                requiredBy.forEach(path -> assertTrue(row.get(2).contains("`" + path + "`"), () -> name + "." + field.key() + " required in " + path));
            }
            field.values().forEach(value -> assertTrue(row.get(3).contains(value), () -> name + "." + field.key() + " allows " + value));
            rules.forEach(rule -> {
                rule.hosts().forEach(host -> assertTrue(row.get(3).contains(host), () -> name + "." + field.key() + " leads to " + host));
                assertTrue(row.get(3).contains(rule.example()), () -> name + "." + field.key() + " looks like " + rule.example());
            });
        }
    }

    /** The kinds of unit the law in force knows (xã, phường, đặc khu) are what the table of commune.yml lets one write. */
    @Test
    void communeTableNamesTheUnitKindsInForce() {
        List<String> kinds = IN_FORCE.unitRules().kinds().orElseThrow().values();
        List<String> loai = GUIDE.table("fields: commune").stream().filter(row -> unquote(row.get(0)).equals("loai")).findFirst().orElseThrow();
        kinds.forEach(kind -> assertTrue(loai.get(3).contains(kind), () -> "loai may be " + kind + ": " + loai));
    }

    /** The fields of each row of a schedule are in the same table as their kind's, after the field that holds the rows. */
    private static List<FieldSpec> withEntryFields(List<FieldSpec> fields) {
        List<FieldSpec> all = new ArrayList<>();
        for (FieldSpec field : fields) {
            all.add(field);
            if (field.type() == FieldTypes.ENTRIES) {
                all.addAll(field.fields());
            }
        }
        return all;
    }

    /** The sections of the profile in force, in menu order, with their legal basis cited as the findings cite it. */
    @Test
    void sectionTableDescribesTheProfileInForce() {
        List<List<String>> expected = IN_FORCE.all().map(section -> List.of(
                "`" + section.path() + "`", section.title(), "`" + section.kind() + "`", section.required() ? "có" : "không",
                section.minItems() > 0 ? String.valueOf(section.minItems()) : "—",
                section.maxAgeDays() > 0 ? section.maxAgeDays() + " ngày" : "—",
                section.basis().map(basis -> basis.cite(Lang.VI)).orElse("—"))).toList();
        assertEquals(expected, GUIDE.table("sections"));
    }

    /** Every part of the guide (a heading and what follows it) that names huyện or thị trấn tells that they are gone. */
    @Test
    void namesDistrictsAndTownshipsOnlyToSayTheyAreGone() {
        List<String> parts = GUIDE.parts().stream()
                .filter(part -> GONE_UNITS.matcher(part).find() && !part.contains("1/7/2025"))
                .map(part -> part.lines().findFirst().orElse("")).toList();
        assertEquals(List.of(), parts, "parts that name huyện or thị trấn without saying they are gone since 1/7/2025");
    }

    /** The guide shows a {@code new} command and then the file it makes: running the command makes that very file. */
    @Test
    void theNewCommandMakesTheFileTheGuideShows(@TempDir Path dir) {
        Fence command = GUIDE.fences().stream().filter(f -> f.language().equals("sh") && String.join(" ", f.content()).contains("bin/congxa new "))
                .findFirst().orElseThrow();
        List<String> words = words(String.join(" ", command.content()));
        List<String> args = new ArrayList<>(words.subList(words.indexOf("new") + 1, words.size()));
        args.addAll(List.of("--as-of", TestRepo.SAMPLE_AS_OF));
        TestRepo repo = TestRepo.sample(dir);
        Run run = repo.run("new", args.toArray(String[]::new));
        assertEquals(0, run.exit(), run::toString);
        String created = run.lines().get(0);
        Example shown = GUIDE.examples().stream().filter(e -> e.path().equals(created)).findFirst()
                .orElseThrow(() -> new AssertionError("the guide shows no example for " + created));
        assertEquals(shown.text(), repo.read(created));
    }

    @Test
    void everyLinkWithinTheGuideReachesAHeading() {
        Set<String> anchors = GUIDE.headings().stream().map(EditorsGuideTest::anchor).collect(Collectors.toSet());
        assertEquals(List.of(), GUIDE.anchorLinks().stream().filter(link -> !anchors.contains(link)).toList());
    }

    /** The anchor GitHub and GitLab give a heading: lower case, punctuation dropped, spaces become hyphens. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void guideIsNormalisedUtf8() {
        assertTrue(Normalizer.isNormalized(GUIDE.text(), Normalizer.Form.NFC), "composed (NFC) Vietnamese letters, as the sites use");
    }

    private static List<Reported> findings(Run run) {
        try {
            List<Reported> findings = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(run.out())) {
                findings.add(new Reported(node.get("path").asText(), node.get("rule").asText(), node.get("message").asText()));
            }
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(run.toString(), e);
        }
    }

    private static Kinds kinds() {
        return PROJECT.kinds().orElseThrow();
    }

    /** {@code communes/<xã>/gioi-thieu/lanh-dao/x.md} is in section {@code gioi-thieu/lanh-dao}. */
    private static String folderOf(String path) {
        String[] parts = path.split("/");
        return String.join("/", List.of(parts).subList(Math.min(2, parts.length), Math.max(2, parts.length - 1)));
    }

    /** The words of a shell command line, a double-quoted phrase being one word. */
    private static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        Matcher word = COMMAND_WORD.matcher(commandLine);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private static String unquote(String cell) {
        return cell.replace("`", "");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toCollection(TreeSet::new));
    }
}
