package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * RSS feeds that a real feed library reads, with the same items in Atom (validated by Rome) and in JSON Feed (valid
 * against the JSON Feed 1.1 schema), a sitemap.xml valid against the sitemaps.org schema, and the Sơ đồ cổng, on the
 * three communes of the district of 2023.
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
    void everyFeedIsAlsoAnAtomFeedThatRomeValidatesWithTheSameItems() throws Exception {
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            String base = baseUrl(commune);
            for (String folder : feedFolders(commune)) {
                SyndFeed rss = read(site.resolve(folder + "feed.xml"));
                Feed atom;
                try (XmlReader reader = new XmlReader(site.resolve(folder + "atom.xml").toFile())) {
                    atom = (Feed) new WireFeedInput(true, Locale.ROOT).build(reader);
                }
                assertEquals("atom_1.0", atom.getFeedType(), folder);
                assertEquals(rss.getTitle(), atom.getTitleEx().getValue(), folder);
                assertEquals(List.of(rss.getLink()), atom.getAlternateLinks().stream().map(Link::getHref).toList(), folder);
                assertEquals(List.of(base + "/" + folder + "atom.xml"), atom.getOtherLinks().stream()
                        .filter(link -> link.getRel().equals("self")).map(Link::getHref).toList(), folder);
                assertEquals(atom.getOtherLinks().get(0).getHref(), atom.getId());
                assertFalse(atom.getAuthors().isEmpty(), "a feed without authors needs them on every entry");
                List<Entry> entries = atom.getEntries();
                assertEquals(rss.getEntries().stream().map(SyndEntry::getLink).toList(),
                        entries.stream().map(entry -> entry.getAlternateLinks().get(0).getHref()).toList(), folder);
                assertEquals(rss.getEntries().stream().map(SyndEntry::getTitle).toList(),
                        entries.stream().map(entry -> entry.getTitleEx().getValue()).toList(), folder);
                assertEquals(rss.getEntries().stream().map(SyndEntry::getPublishedDate).toList(),
                        entries.stream().map(Entry::getPublished).toList(), folder);
                for (Entry entry : entries) {
                    assertEquals(entry.getAlternateLinks().get(0).getHref(), entry.getId());
                    assertEquals(entry.getPublished(), entry.getUpdated(), "items are dated once: " + entry.getId());
                }
                // The feed changed when its newest item was published; never at the time of the build.
                assertEquals(entries.isEmpty() ? new Date(0) : entries.get(0).getPublished(), atom.getUpdated(), folder);
            }
        }
    }

    @Test
    void everyFeedIsAlsoAJsonFeedValidAgainstItsSchemaWithTheSameItems() throws Exception {
        ObjectMapper json = new ObjectMapper();
        // Written from the specification (https://www.jsonfeed.org/version/1.1/), which publishes no schema.
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Path.of("src/test/resources/schemas/jsonfeed-1.1.schema.json").toFile()));
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            String base = baseUrl(commune);
            for (String folder : feedFolders(commune)) {
                SyndFeed rss = read(site.resolve(folder + "feed.xml"));
                JsonNode feed = json.readTree(site.resolve(folder + "feed.json").toFile());
                assertEquals(Set.of(), schema.validate(feed), folder);
                assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
                assertEquals(rss.getTitle(), feed.path("title").asText(), folder);
                assertEquals(rss.getLink(), feed.path("home_page_url").asText(), folder);
                assertEquals(base + "/" + folder + "feed.json", feed.path("feed_url").asText(), folder);
                assertEquals("vi", feed.path("language").asText());
                List<JsonNode> items = new java.util.ArrayList<>();
                feed.path("items").forEach(items::add);
                assertEquals(rss.getEntries().stream().map(SyndEntry::getLink).toList(),
                        items.stream().map(item -> item.path("url").asText()).toList(), folder);
                assertEquals(rss.getEntries().stream().map(SyndEntry::getTitle).toList(),
                        items.stream().map(item -> item.path("title").asText()).toList(), folder);
                assertEquals(rss.getEntries().stream().map(SyndEntry::getPublishedDate).toList(),
                        items.stream().map(item -> Date.from(OffsetDateTime.parse(item.path("date_published").asText()).toInstant())).toList(),
                        folder);
                for (int i = 0; i < items.size(); i++) {
                    assertEquals(items.get(i).path("url").asText(), items.get(i).path("id").asText());
                    assertTrue(items.get(i).path("date_published").asText().endsWith("T00:00:00+07:00"), "dated by day, in Vietnam");
                    String description = rss.getEntries().get(i).getDescription() == null ? "" : rss.getEntries().get(i).getDescription().getValue();
                    assertEquals(description, items.get(i).path("summary").asText(), items.get(i).path("url").asText());
                }
            }
        }
    }

    @Test
    void everyPageAnnouncesTheFeedsOfTheSiteAndOfItsSection() throws IOException {
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
            assertEquals(List.of("feed.xml", "atom.xml", "feed.json"), home.select("head link[rel=alternate]").eachAttr("href"));
            assertEquals(List.of("application/rss+xml", "application/atom+xml", "application/feed+json"),
                    home.select("head link[rel=alternate]").eachAttr("type"));
            for (String folder : feedFolders(commune)) {
                if (folder.isEmpty()) {
                    continue;
                }
                Document page = Jsoup.parse(site.resolve(folder + "index.html").toFile(), "UTF-8");
                String back = "../".repeat(folder.split("/").length);
                assertEquals(List.of(back + "feed.xml", back + "atom.xml", back + "feed.json",
                        back + folder + "feed.xml", back + folder + "atom.xml", back + folder + "feed.json"),
                        page.select("head link[rel=alternate]").eachAttr("href"), folder);
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
            // The page for an address not found has no address of its own.
            assertTrue(pages.contains(site.resolve("404.html")), commune);
            assertEquals(pages.size() - 1, locations.size(), commune);
            assertFalse(locations.contains(baseUrl(commune) + "/404.html"), commune);
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

    /** The folders with feeds, as "" for the site's and "van-ban/" for a section's. */
    private static List<String> feedFolders(String commune) throws IOException {
        Path source = repo.path("communes/" + commune);
        return Stream.concat(Stream.of(""), sectionFoldersWithItems(source).stream()
                .map(folder -> source.relativize(folder).toString().replace('\\', '/') + "/")).toList();
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
