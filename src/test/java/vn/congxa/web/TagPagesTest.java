package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * A tag of an item leads to the page of its tag ({@code the/<slug>.html}), which lists every item of the unit carrying
 * it; tags that differ only by case or tones are one tag, on one page; every tag page is in sitemap.xml.
 */
class TagPagesTest {

    @TempDir
    Path dir;

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    @Test
    void everyTagOfEveryItemLeadsToAPageListingThatItem() throws IOException {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path file : BuiltSample.htmlPages()) {
            for (Element tag : parse(file).select("p.tu-khoa a[rel=tag]")) {
                links++;
                Path target = Path.of(java.net.URI.create(tag.absUrl("href")));
                String name = BuiltSample.site().relativize(file).toString();
                if (!target.getParent().getFileName().toString().equals("the") || !target.getFileName().toString().matches("[a-z0-9-]+\\.html")) {
                    problems.add(name + ": tag " + tag.text() + " at " + tag.attr("href"));
                    continue;
                }
                Document page = parse(target);
                boolean listed = page.select("ul.danh-sach li > a").stream()
                        .anyMatch(a -> Path.of(java.net.URI.create(a.absUrl("href"))).equals(file));
                if (!listed || !page.selectFirst("h1").text().equalsIgnoreCase("Từ khóa: " + tag.text())) {
                    problems.add(name + ": the page of " + tag.text() + " (" + page.selectFirst("h1").text() + ") does not list it");
                }
            }
        }
        assertTrue(links > 300, "tag links followed: " + links);
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    @Test
    void everyTagPageIsInTheSitemap() throws IOException {
        Path unit = BuiltSample.site().resolve(BuiltSample.COMMUNE);
        Set<String> pages = new TreeSet<>();
        try (var files = Files.list(unit.resolve("the"))) {
            files.forEach(file -> pages.add("https://camthanh.quangngai.gov.vn/the/" + file.getFileName()));
        }
        Set<String> listed = new TreeSet<>(Jsoup.parse(Files.readString(unit.resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser()).select("loc:contains(/the/)").eachText());
        assertTrue(pages.size() > 20, pages.toString());
        assertEquals(pages, listed);
    }

    @Test
    void tagsDifferingByCaseOrTonesAreOnePageTitledAsMostItemsSpellIt() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        repo.write("communes/xa-mau/tin-tuc/hoi-nghi.md", """
                ---
                title: Hội nghị tổng kết năm
                date: 2026-11-20
                tags: [Đất đai, hội nghị]
                ---
                Hội nghị tổng kết công tác năm 2026.
                """);
        repo.write("communes/xa-mau/tin-tuc/giao-dat.md", """
                ---
                title: Giao đất cho hộ gia đình
                date: 2026-11-10
                tags: [đất đai]
                ---
                Ủy ban nhân dân xã giao đất ở cho ba hộ gia đình.
                """);
        repo.write("communes/xa-mau/tin-tuc/do-dac.md", """
                ---
                title: Đo đạc lại bản đồ địa chính
                date: 2026-11-01
                tags: [đất đai, dat dai]
                ---
                Xã đo đạc lại bản đồ địa chính của ba thôn.
                """);
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(0, run.exit(), run::toString);
        Path tags = repo.path("target/site/xa-mau/the");
        try (var files = Files.list(tags)) {
            assertEquals(List.of("dat-dai.html", "hoi-nghi.html"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Document page = parse(tags.resolve("dat-dai.html"));
        assertEquals("Từ khóa: đất đai", page.selectFirst("h1").text(), "two of the items spell it so");
        assertEquals(List.of("Hội nghị tổng kết năm", "Giao đất cho hộ gia đình", "Đo đạc lại bản đồ địa chính"),
                page.select("ul.danh-sach li > a").eachText(), "each item once, newest first");
        // An item given two spellings of one tag shows it once, as first written.
        Document twice = parse(repo.path("target/site/xa-mau/tin-tuc/do-dac.html"));
        assertEquals(List.of("đất đai"), twice.select("p.tu-khoa a").eachText());
        assertEquals(List.of("../the/dat-dai.html"), twice.select("p.tu-khoa a").eachAttr("href"));
    }
}
