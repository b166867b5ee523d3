package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * RSS feeds that a real feed library reads, a sitemap.xml valid against the sitemaps.org schema, and the Sơ đồ cổng, on
 * the three communes of the district of 2023.
 */
class FeedsAndSitemapTest {

    private static final List<String> COMMUNES = List.of("binh-chau", "binh-thanh", "chau-o");

    @TempDir
    static Path dir;

    private static TestRepo repo;

    @BeforeAll
    static void buildTheDistrictOf2023() {
        repo = TestRepo.district2023(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF).exit());
    }

    @Test
    void everySiteAndEverySectionWithItemsHasAFeedThatRomeReads() throws Exception {
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            String base = baseUrl(commune);
            SyndFeed siteFeed = read(site.resolve("feed.xml"));
            assertEquals("rss_2.0", siteFeed.getFeedType());
            assertFalse(siteFeed.getEntries().isEmpty(), commune);
            assertEntriesLeadToTheirPages(siteFeed, site, base);

            for (Path folder : sectionFoldersWithItems(repo.path("communes/" + commune))) {
                String section = repo.path("communes/" + commune).relativize(folder).toString();
                SyndFeed feed = read(site.resolve(section + "/feed.xml"));
                assertEquals(publishedItems(folder), feed.getEntries().size(), section);
                assertEquals(base + "/" + section + "/index.html", feed.getLink());
                assertEntriesLeadToTheirPages(feed, site, base);
            }
        }
    }

    @Test
    void sitemapXmlIsValidAndListsEveryPage() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/schemas/sitemap-0.9.xsd").toFile());
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            Path sitemap = site.resolve("sitemap.xml");
            schema.newValidator().validate(new StreamSource(sitemap.toFile()));
            List<String> locations = Jsoup.parse(Files.readString(sitemap), "", Parser.xmlParser()).select("url > loc").eachText();
            List<Path> pages;
            try (Stream<Path> files = Files.walk(site)) {
                pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            assertEquals(pages.size(), locations.size(), commune);
            for (String location : locations) {
                assertTrue(location.startsWith(baseUrl(commune) + "/"), location);
                assertTrue(Files.isRegularFile(site.resolve(location.substring(baseUrl(commune).length() + 1))), location);
            }
        }
    }

    @Test
    void theSiteMapPageShowsTheMenuTree() throws IOException {
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
            Document map = Jsoup.parse(site.resolve("so-do-cong.html").toFile(), "UTF-8");
            List<String> menu = home.select("nav.menu a").eachText();
            assertEquals(menu.subList(1, menu.size()), map.select("ul.so-do > li > ul > li > a").eachText(), commune);
            assertTrue(map.select("ul.so-do a").eachText().contains("Lãnh đạo và đầu mối liên hệ"), commune);
            assertEquals("so-do-cong.html", home.selectFirst("footer a[href=so-do-cong.html]").attr("href"));
        }
    }

    private static void assertEntriesLeadToTheirPages(SyndFeed feed, Path site, String base) throws IOException {
        Date previous = null;
        for (SyndEntry entry : feed.getEntries()) {
            assertTrue(entry.getLink().startsWith(base + "/"), entry.getLink());
            Path page = site.resolve(entry.getLink().substring(base.length() + 1));
            assertTrue(Files.isRegularFile(page), entry.getLink());
            assertEquals(Jsoup.parse(page.toFile(), "UTF-8").selectFirst("h1").text(), entry.getTitle());
            assertTrue(previous == null || !entry.getPublishedDate().after(previous), "newest first: " + entry.getLink());
            previous = entry.getPublishedDate();
        }
    }

    private static SyndFeed read(Path file) throws Exception {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    private static String baseUrl(String commune) {
        return repo.read("communes/" + commune + "/commune.yml").lines().filter(l -> l.startsWith("dia_chi_web:"))
                .findFirst().orElseThrow().substring("dia_chi_web:".length()).strip().replaceAll("/+$", "");
    }

    /** Section folders (with Markdown items of their own) of a commune, counted independently of congxa's code. */
    private static List<Path> sectionFoldersWithItems(Path commune) throws IOException {
        try (Stream<Path> walk = Files.walk(commune)) {
            return walk.filter(Files::isDirectory).filter(folder -> publishedItems(folder) > 0).toList();
        }
    }

    private static int publishedItems(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
                    .filter(p -> {
                        try {
                            return !Files.readString(p).contains("\ndraft: true");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
