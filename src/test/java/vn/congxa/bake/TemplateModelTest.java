package vn.congxa.bake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * A template sees congxa's model and nothing else: no name JBake would answer from its content store (there is none)
 * can end a build, and the few names JBake keeps are documented. Any fault of a template is a finding on the template,
 * with its line when Freemarker knows it, never an exit 3.
 */
class TemplateModelTest {

    private static final String ITEM_PAGE = "target/site/xa-mau/tin-tuc/hoi-nghi.html";

    @TempDir
    Path dir;

    /** The entry template with {@code text} at the top of its article. */
    private static TestRepo withEntryTemplate(Path dir, String text) {
        TestRepo repo = TestRepo.base(dir);
        String entry = repo.read("templates/entry.ftl");
        assertTrue(entry.contains("<article>"));
        return repo.write("templates/entry.ftl", entry.replaceFirst("<article>", "<article>" + java.util.regex.Matcher.quoteReplacement(text)));
    }

    private static Run build(TestRepo repo) {
        return repo.run("build", "--as-of", TestRepo.AS_OF);
    }

    /** The names of JBake 2.7.0's model extractors, from its own jar: the list follows JBake, not this test. */
    private static List<String> extractorNames() throws IOException {
        Properties extractors = new Properties();
        try (InputStream in = org.jbake.template.ModelExtractors.class.getClassLoader()
                .getResourceAsStream("META-INF/org.jbake.template.ModelExtractors.properties")) {
            extractors.load(in);
        }
        TreeSet<String> names = new TreeSet<>();
        extractors.values().forEach(value -> names.addAll(List.of(value.toString().split(","))));
        return List.copyOf(names);
    }

    @ParameterizedTest(name = "<#if {0}??>")
    @ValueSource(strings = {"tags", "db", "config", "content", "published_date", "published_posts", "alltags", "data", "version"})
    void testingANameJBakeKnowsDoesNotEndTheBuild(String name) {
        Run run = build(withEntryTemplate(dir, "<#if " + name + "??><!-- có --><#else><!-- không --></#if>"));
        assertEquals(0, run.exit(), run::toString);
        assertFalse(run.err().contains("null") || run.err().contains("Exception"), run::toString);
    }

    @Test
    void noExtractorOfJBakeAnswersForTheModel() throws IOException {
        List<String> names = new ArrayList<>(extractorNames());
        names.removeAll(Baker.RESERVED);
        assertTrue(names.containsAll(List.of("tags", "published_posts", "published_date", "all_content", "tagged_documents")), names::toString);
        String probes = String.join("", names.stream().map(n -> "<span class=\"thu\" data-ten=\"" + n + "\">${(.vars[\"" + n + "\"]??)?c}</span>").toList());
        TestRepo repo = withEntryTemplate(dir, probes);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        Document page = Jsoup.parse(repo.path(ITEM_PAGE).toFile(), "UTF-8");
        assertAll(names.stream().map(name -> () -> assertEquals("false", page.selectFirst("span.thu[data-ten=" + name + "]").text(),
                name + " is not in congxa's model, so a template must not see it")));
    }

    @Test
    void theNamesJBakeKeepsAreDocumentedAndNoneIsPartOfTheModel() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : Baker.RESERVED) {
            assertTrue(readme.contains("`" + name + "`"), "README names the reserved " + name);
        }
        // congxa's own model keys must stay clear of them, in every template the theme has.
        try (Stream<Path> templates = Files.list(Path.of("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                String text = Files.readString(template);
                for (String name : Baker.RESERVED) {
                    assertFalse(text.matches("(?s).*[^.\\w\"-]" + name + "[.?!\\[}].*"), template + " uses the reserved " + name);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a missing variable                  | ${khong_co_bien}                                   | templates/entry.ftl:4:",
            "a bad built-in                      | ${\"abc\"?number}                                  | templates/entry.ftl:4:",
            "a division by zero                  | ${1/0}                                             | templates/entry.ftl:4:",
            "an unclosed directive               | <#if page.title??>                                 | templates/entry.ftl:",
            "a missing include                   | <#include \"khong-co.ftl\">                        | templates/entry.ftl:4:",
            "bad code in ?eval                   | ${\"1 +\"?eval}                                    | templates/entry.ftl:4:",
            "a macro that calls itself endlessly | <#macro lap><@lap/></#macro><@lap/>                | templates/entry.ftl:",
            "JBake's data without a store        | ${data.get(\"x.yaml\")}                            | templates/entry.ftl:4:",
    })
    void anyTemplateFaultIsAFindingOnTheTemplate(String what, String text, String where) {
        TestRepo repo = withEntryTemplate(dir, text);
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        List<String> lines = run.lines();
        assertEquals(1, lines.size(), "one finding, however many pages use the template\n" + run);
        assertTrue(lines.get(0).startsWith(where), run::toString);
        assertTrue(lines.get(0).endsWith("[template-error]"), run::toString);
        assertFalse(lines.get(0).matches(".*@[0-9a-f]{6,}.*"), "no object identity in the message\n" + run);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
        assertFalse(Files.exists(repo.path("target/site")));
    }

    @Test
    void anErrorInAnImportedTemplateNamesThatTemplateAndLine() {
        TestRepo repo = TestRepo.base(dir);
        String layout = repo.read("templates/_layout.ftl");
        repo.write("templates/_layout.ftl", layout.replaceFirst("<title>", "<title>\\${khong_co_trong_layout}"));
        assertTrue(repo.read("templates/_layout.ftl").contains("khong_co_trong_layout"));
        int line = (int) repo.read("templates/_layout.ftl").lines().takeWhile(l -> !l.contains("khong_co_trong_layout")).count() + 1;
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().contains("templates/_layout.ftl:" + line + ": lỗi: lỗi khuôn mẫu trang (template): The following has evaluated "
                + "to null or missing: ==> khong_co_trong_layout [template-error]"), run::toString);
    }

    @Test
    void aMissingTemplateIsNamed() {
        TestRepo repo = TestRepo.base(dir).delete("templates/entry.ftl");
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("templates/entry.ftl: lỗi: thiếu khuôn trang: tạo tệp templates/entry.ftl [template-error]"), run.lines());
    }
}
