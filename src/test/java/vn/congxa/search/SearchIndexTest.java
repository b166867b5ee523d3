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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern PART = Pattern.compile("congxaChiMucPhan\\((\\d+), (.*)\\);\n", Pattern.DOTALL);

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
        index = indexOf(repo, "chau-o");
    }

    /** The pages of a unit's index, part after part, as the search page reads them. */
    private static List<JsonNode> indexOf(TestRepo repo, String unit) throws IOException {
        String folder = "target/site/" + unit + "/tim-kiem/";
        String script = repo.read(folder + "chi-muc.js");
        assertTrue(script.startsWith(PREFIX) && script.endsWith(";\n"), script.substring(0, 80));
        List<JsonNode> index = new ArrayList<>();
        int number = 0;
        for (JsonNode part : new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2)).get("phan")) {
            Matcher read = PART.matcher(repo.read(folder + part.get("f").asText()));
            assertTrue(read.matches() && Integer.parseInt(read.group(1)) == ++number, part::toString);
            new ObjectMapper().readTree(read.group(2)).forEach(index::add);
        }
        return index;
    }

    @Test
    void aLongBodyIsIndexedUpToTheCapCutBetweenWords(@TempDir Path other) throws IOException {
        StringBuilder body = new StringBuilder("Mở đầu bản tin dài.");
        while (body.length() < 3 * SearchIndex.TEXT_LIMIT) {
            body.append(" Nhân dân góp công làm đường liên thôn");
        }
        TestRepo small = TestRepo.base(other).write("communes/xa-mau/tin-tuc/ban-tin-dai.md",
                "---\ntitle: Bản tin dài\ndate: 2026-11-02\n---\n" + body + "\n");
        assertEquals(0, small.run("build", "--as-of", TestRepo.AS_OF).exit());
        String text = indexOf(small, "xa-mau").stream().filter(doc -> doc.get("t").asText().equals("Bản tin dài"))
                .findFirst().orElseThrow().get("x").asText();
        assertTrue(text.startsWith("Mở đầu bản tin dài. Nhân dân"), text);
        assertTrue(text.length() <= SearchIndex.TEXT_LIMIT && text.length() > SearchIndex.TEXT_LIMIT - 40, () -> text.length() + "");
        assertTrue(body.toString().startsWith(text + " "), "cut between two words: " + text);
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
        long bytes;
        try (Stream<Path> files = Files.list(repo.path("target/site/chau-o/tim-kiem"))) {
            bytes = files.filter(f -> f.getFileName().toString().startsWith("chi-muc")).mapToLong(f -> f.toFile().length()).sum();
        }
        String line = build.err().lines().filter(l -> l.contains("] Đã dựng chau-o ")).findFirst().orElseThrow();
        assertTrue(line.contains(", chỉ mục tìm kiếm " + index.size() + " mục (" + (bytes + 1023) / 1024 + " KB)"), line);
    }
}
