package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/** The documents of a section as a table a citizen can search, filter and sort with no server. */
class DocumentListingTest {

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
        Path listing = BuiltSample.site().resolve(BuiltSample.COMMUNE + "/van-ban/index.html");
        Document before = Jsoup.parse(listing.toFile(), "UTF-8");
        Element wanted = before.select("table.bang-van-ban tbody tr").stream()
                .filter(row -> row.selectFirst("td a").text().contains("QĐ")).findFirst().orElseThrow();
        String number = wanted.selectFirst("td a").text(); // e.g. 215/QĐ-UBND
        String typed = number.replace("Đ", "D").toLowerCase(); // as typed on a phone: "215/qd-ubnd"

        Document after;
        try (SiteServer server = new SiteServer(BuiltSample.site()); Browser browser = Browser.start(Browser.Viewport.PHONE)) {
            browser.driver().get(server.url(BuiltSample.COMMUNE + "/van-ban/index.html?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)));
            after = Jsoup.parse(browser.driver().getPageSource());
        }
        List<Element> visible = after.select("table.bang-van-ban tbody tr:not([hidden])");
        assertEquals(1, visible.size(), after.select("table").outerHtml());
        assertEquals(number, visible.get(0).selectFirst("td a").text());
        assertEquals("Đang hiện 1 trên " + before.select("table.bang-van-ban tbody tr").size() + " văn bản.",
                after.selectFirst("[data-dem]").text());
        assertTrue(!after.selectFirst("form[data-loc]").hasAttr("hidden"));
    }
}
