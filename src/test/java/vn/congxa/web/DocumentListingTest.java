package vn.congxa.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/** The documents of a section as a table a citizen can search, filter and sort with no server. */
class DocumentListingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theDocumentsSectionIsATableWithFiltersFromTheKinds() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        Document page = Jsoup.parse(repo.path("target/site/xa-mau/van-ban/index.html").toFile(), "UTF-8");
        List<Element> rows = page.select("table.bang-van-ban tbody tr");
        assertEquals(2, rows.size());
        Element first = rows.get(0);
        assertEquals("12/QĐ-UBND", first.selectFirst("td a").text());
        assertEquals(repo.path("target/site/xa-mau/van-ban/qd-12.html"),
                repo.path("target/site/xa-mau/van-ban").resolve(first.selectFirst("td a").attr("href")).normalize());
        assertEquals("01/10/2026", first.select("td").get(1).text());
        assertEquals("2026-10-01", first.select("td").get(1).attr("data-gia-tri"));
        assertEquals("Quyết định", first.attr("data-hinh-thuc"));
        assertEquals("2026", first.attr("data-year"));
        assertEquals(List.of("Tất cả", "2026"), page.select("select[name=year] option").eachText());
        assertEquals(List.of("Tất cả", "Kế hoạch", "Quyết định"), page.select("select[name=hinh_thuc] option").eachText());
        assertTrue(page.selectFirst("form[data-loc]").hasAttr("hidden"), "without JavaScript the form is hidden and every row shown");
        // Other sections keep the generic listing.
        assertTrue(Jsoup.parse(repo.path("target/site/xa-mau/tin-tuc/index.html").toFile(), "UTF-8").select("table").isEmpty());
    }

    @Test
    void aCitizenFindsADocumentByItsNumberWithoutTonesInARealBrowser() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is needed for this test: apt-get install chromium");
        TestRepo repo = TestRepo.sample(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        Path listing = repo.path("target/site/chau-o/van-ban/index.html");
        Document before = Jsoup.parse(listing.toFile(), "UTF-8");
        Element wanted = before.select("table.bang-van-ban tbody tr").stream()
                .filter(row -> row.selectFirst("td a").text().contains("QĐ")).findFirst().orElseThrow();
        String number = wanted.selectFirst("td a").text(); // e.g. 215/QĐ-UBND
        String typed = number.replace("Đ", "D").toLowerCase(); // as typed on a phone: "215/qd-ubnd"

        Document after = Jsoup.parse(dumpDom(listing.toUri() + "?q=" + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8)));
        List<Element> visible = after.select("table.bang-van-ban tbody tr:not([hidden])");
        assertEquals(1, visible.size(), after.select("table").outerHtml());
        assertEquals(number, visible.get(0).selectFirst("td a").text());
        assertEquals("Đang hiện 1 trên " + before.select("table.bang-van-ban tbody tr").size() + " văn bản.",
                after.selectFirst("[data-dem]").text());
        assertTrue(!after.selectFirst("form[data-loc]").hasAttr("hidden"));
    }

    /** The page as Chromium shows it after running its scripts. */
    private String dumpDom(String url) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium-");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        return dom;
    }
}
