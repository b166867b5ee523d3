package vn.congxa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The search index of a commune, as the search page reads it: every page a citizen may look for is in it once with
 * the words shown on that page, drafts are not, and the build reports the index's size. Finding words without tones
 * in a real browser is {@code vn.congxa.web.SearchPageTest}. On Châu Ổ of the district of 2023.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

    private static final String PREFIX = "window.congxaChiMuc = ";

    @TempDir
    static Path dir;

    private TestRepo repo;
    private Run build;
    private List<JsonNode> index;

    @BeforeAll
    void buildTheDistrictOf2023() throws IOException {
        repo = TestRepo.district2023(dir);
        build = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(0, build.exit(), build::toString);
        String script = repo.read("target/site/chau-o/tim-kiem/chi-muc.js");
        assertTrue(script.startsWith(PREFIX) && script.endsWith(";\n"), script.substring(0, 80));
        index = new ArrayList<>();
        new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2)).forEach(index::add);
    }

    @Test
    void everyItemPageOfTheSiteIsInTheIndexOnce() throws IOException {
        Path site = repo.path("target/site/chau-o");
        Set<String> itemPages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                // Item pages are the ones with the "In / Lưu" tools (and root pages, linked from the footer).
                if (!Jsoup.parse(file.toFile(), "UTF-8").select("p.cong-cu").isEmpty()) {
                    itemPages.add(site.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        List<String> urls = index.stream().map(doc -> doc.get("u").asText()).toList();
        assertEquals(urls.size(), Set.copyOf(urls).size(), "a page is indexed once");
        assertTrue(itemPages.size() > 30, itemPages::toString);
        assertTrue(urls.containsAll(itemPages), () -> "not indexed: " + itemPages.stream().filter(p -> !urls.contains(p)).toList());
        urls.forEach(url -> assertTrue(Files.isRegularFile(site.resolve(url)), url));
    }

    @Test
    void aDocumentIsFoundByItsNumberSummaryAndBodyAndADraftIsNot() {
        JsonNode decision = index.stream().filter(doc -> doc.get("u").asText().equals("van-ban/qd-215-ban-hanh-quy-che-lam-viec.html"))
                .findFirst().orElseThrow();
        assertEquals("van-ban", decision.get("m").asText());
        assertEquals("Văn bản", decision.get("c").asText());
        String text = decision.get("x").asText();
        String source = repo.read("communes/chau-o/van-ban/qd-215-ban-hanh-quy-che-lam-viec.md");
        assertTrue(text.contains("215/QĐ-UBND"), text);
        String lastParagraph = source.strip().lines().reduce((a, b) -> b).orElseThrow().replaceAll("[*_`]", "");
        assertTrue(text.contains(lastParagraph.substring(0, Math.min(40, lastParagraph.length()))), lastParagraph);
        assertFalse(text.contains("**") || text.contains("<"), "plain text, not Markdown or HTML: " + text);

        String draft = repo.read("communes/chau-o/tin-tuc/ket-qua-hoi-thi-am-thuc-que-huong.md");
        String draftTitle = draft.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow().substring(6).strip();
        assertTrue(index.stream().noneMatch(doc -> doc.get("t").asText().equals(draftTitle)), draftTitle);
    }

    @Test
    void theBuildReportsTheSizeOfEachIndex() throws IOException {
        long bytes = Files.size(repo.path("target/site/chau-o/tim-kiem/chi-muc.js"));
        String line = build.err().lines().filter(l -> l.contains("] Đã dựng chau-o ")).findFirst().orElseThrow();
        assertTrue(line.contains(", chỉ mục tìm kiếm " + index.size() + " mục (" + (bytes + 1023) / 1024 + " KB)"), line);
    }
}
