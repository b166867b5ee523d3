package vn.congxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.congxa.TestRepo.Run;

/**
 * Whatever an editor commits, a build ends in a site or in findings, within a time limit: never in an exception,
 * a stack trace or a hang. Generated front matter and Markdown mix Vietnamese text, control characters, YAML's
 * special characters, deep nesting and very long lines.
 *
 * <p>A longer run: {@code mvn test -Dtest=RobustnessPropertiesTest -Djqwik.tries.default=5000}.
 */
class RobustnessPropertiesTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String ITEM = "communes/xa-mau/tin-tuc/sinh-ngau-nhien.md";
    private static TestRepo repo;

    private static synchronized TestRepo repo() throws IOException {
        if (repo == null) {
            repo = TestRepo.base(Files.createTempDirectory("congxa-properties-"));
        }
        return repo;
    }

    @AfterContainer
    static void removeRepo() {
        if (repo != null) {
            TestRepo.deleteTree(repo.root());
        }
    }

    @Property
    void anyFrontMatterAndBodyIsCheckedIntoFindings(@ForAll("frontMatter") String frontMatter, @ForAll("markdown") String body)
            throws IOException {
        TestRepo r = repo().write(ITEM, "---\n" + frontMatter + "\n---\n" + body);
        assertEndsWell(assertTimeoutPreemptively(LIMIT, () -> r.run("check", "--as-of", TestRepo.AS_OF)));
    }

    @Property
    void anyBodyIsBakedSafelyOrRefused(@ForAll("markdown") String body) throws IOException {
        TestRepo r = repo().write(ITEM, "---\ntitle: Bài sinh ngẫu nhiên\ndate: 2026-11-20\n---\n" + body);
        Run run = assertTimeoutPreemptively(LIMIT, () -> r.run("build", "--as-of", TestRepo.AS_OF));
        assertEndsWell(run);
        if (run.exit() == 0) {
            // Text may mention "<script>" or "javascript:"; what matters is that nothing in the page can run.
            Document page = Jsoup.parse(r.path("target/site/xa-mau/tin-tuc/sinh-ngau-nhien.html").toFile(), "UTF-8");
            assertTrue(page.select("script:not([src=../assets/congxa.js]):not([type=application/ld+json]), iframe, object, embed, style, base")
                    .isEmpty(), page::outerHtml);
            // Besides the site's script, the page's metadata: one JSON-LD block, data a browser never runs, whole.
            var metadata = page.select("script[type=application/ld+json]");
            assertEquals(1, metadata.size(), page::outerHtml);
            assertTrue(new ObjectMapper().readTree(metadata.first().data()).has("@graph"), metadata::outerHtml);
            // The theme's search box is the page's only form: none comes from the body.
            assertEquals(List.of("../tim-kiem/index.html"), page.select("form").eachAttr("action"), page::outerHtml);
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase();
                    String value = attribute.getValue().strip().toLowerCase();
                    assertFalse(key.startsWith("on") || key.equals("style")
                            || ((key.equals("href") || key.equals("src")) && value.matches("^(javascript|data|vbscript|file):.*")),
                            element::outerHtml);
                }
            }
        }
    }

    @Property
    void anyBytesAreReadIntoFindings(@ForAll byte[] bytes) throws IOException {
        TestRepo r = repo().writeBytes(ITEM, bytes);
        assertEndsWell(assertTimeoutPreemptively(LIMIT, () -> r.run("check", "--as-of", TestRepo.AS_OF)));
    }

    @Property
    void anyCommuneConfigurationIsCheckedIntoFindings(@ForAll("frontMatter") String config) throws IOException {
        Path file = repo().path("communes/xa-mau/commune.yml");
        String original = Files.readString(file);
        try {
            repo().write("communes/xa-mau/commune.yml", config);
            assertEndsWell(assertTimeoutPreemptively(LIMIT, () -> repo.run("check", "--as-of", TestRepo.AS_OF)));
        } finally {
            Files.writeString(file, original);
        }
    }

    private static void assertEndsWell(Run run) {
        assertTrue(run.exit() == 0 || run.exit() == 1, run::toString);
        assertFalse(run.err().contains("Exception") || run.err().contains("Error:") || run.err().contains("\tat "), run::toString);
        if (run.exit() == 1) {
            assertFalse(run.out().isBlank(), "a failed build names its findings\n" + run);
        }
    }

    // --- generators

    private static Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠ ")
                .ofMinLength(0).ofMaxLength(40);
    }

    private static Arbitrary<String> nasty() {
        return Arbitraries.of("\u0000", "\u0007", "\t", "\r", "\u000B", "\u007F", "\u200B", "\uFEFF", "\u202E", "\uD83D\uDE00", "\\",
                ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!!binary ", "|", ">", "'", "\"", "#", "%", "@", "`", "---",
                "...", "? ", "<<: *a", "~", "null", "yes", "0x1F", "1e400", ".nan", "2026-02-31", "31/12/2026");
    }

    private static Arbitrary<String> deep() {
        return Arbitraries.integers().between(1, 3000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth), "{a: ".repeat(depth) + "b" + "}".repeat(depth), "> ".repeat(depth) + "trích",
                "- ".repeat(depth) + "mục", "*".repeat(depth) + "đậm" + "*".repeat(depth), "[".repeat(depth) + "liên kết"));
    }

    private static Arbitrary<String> longLine() {
        return Arbitraries.integers().between(1_000, 200_000).map(n -> "Dòng rất dài ".repeat(n / 13 + 1));
    }

    private static Arbitrary<String> fragment() {
        return Arbitraries.oneOf(vietnamese(), nasty(), deep(), longLine(),
                Arbitraries.of("title", "date", "draft", "tags", "summary", "so_ky_hieu", "ten", "loai", "x"),
                Arbitraries.of("[a](javascript:alert(1))", "[b](../../../etc/passwd)", "[c](/tuyet-doi)", "![](anh.png)",
                        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "| a | b |\n|---|---|\n| 1 | 2 |", "## Tiêu đề",
                        "```\nmã\n```", "<!-- chú thích", "[ref]: javascript:x"));
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("", " ", "  ", "\t"), fragment(), Arbitraries.of(": ", ":", " "), fragment())
                .as((indent, key, colon, value) -> indent + key + colon + value);
        return Arbitraries.oneOf(line.list().ofMaxSize(12).map(lines -> String.join("\n", lines)),
                fragment().list().ofMaxSize(6).map(parts -> String.join("", parts)));
    }

    @Provide
    Arbitrary<String> markdown() {
        return fragment().list().ofMaxSize(12).map(parts -> String.join(List.of("\n", " ", "\n\n").get(parts.size() % 3), parts));
    }
}
