package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * What search engines and a link shared on Zalo or Facebook read of a unit's pages: a description, OpenGraph and
 * Twitter-card tags, the canonical address the sitemap lists, robots.txt naming the sitemap, the browser's icon from
 * the logo, and the page a web server shows for an address the portal does not have.
 */
class SharingTest {

    private static final String BASE = "https://camthanh.quangngai.gov.vn";

    @TempDir
    Path dir;

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("head meta[property=" + name + "], head meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void everyPageOfAUnitHasItsDescriptionPreviewAndTheCanonicalAddressTheSitemapLists() throws IOException {
        Path unit = BuiltSample.site().resolve(BuiltSample.COMMUNE);
        Set<String> sitemap = new TreeSet<>(Jsoup.parse(Files.readString(unit.resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser()).select("url > loc").eachText());
        Set<String> canonicals = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path file : BuiltSample.htmlPages().stream().filter(p -> p.startsWith(unit) && !p.endsWith("404.html")).toList()) {
            Document page = parse(file);
            String name = unit.relativize(file).toString();
            String description = meta(page, "description");
            if (description == null || description.isBlank() || description.length() > 160) {
                problems.add(name + ": description " + description);
            }
            String canonical = page.select("head link[rel=canonical]").attr("href");
            if (!canonical.equals(BASE + "/" + name.replace('\\', '/')) || !canonical.equals(meta(page, "og:url"))) {
                problems.add(name + ": canonical " + canonical + ", og:url " + meta(page, "og:url"));
            }
            canonicals.add(canonical);
            String title = page.selectFirst("h1").text();
            if (!title.equals(meta(page, "og:title")) || !title.equals(meta(page, "twitter:title"))) {
                problems.add(name + ": og:title " + meta(page, "og:title") + " for a page headed " + title);
            }
            if (!"vi_VN".equals(meta(page, "og:locale")) || !"Ủy ban nhân dân phường Cẩm Thành".equals(meta(page, "og:site_name"))
                    || !description.equals(meta(page, "og:description")) || !Set.of("summary", "summary_large_image")
                    .contains(meta(page, "twitter:card")) || !Set.of("article", "website").contains(meta(page, "og:type"))) {
                problems.add(name + ": OpenGraph or Twitter card incomplete");
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertEquals(sitemap, canonicals, "every page is in sitemap.xml at its canonical address, and nothing else is");
    }

    @Test
    void anItemIsDescribedByItsSummaryElseItsFirstWordsAndAPageWithoutItemByTheUnit() throws IOException {
        Path unit = BuiltSample.site().resolve(BuiltSample.COMMUNE);
        Document withSummary = parse(unit.resolve("tin-tuc/phuong-cam-thanh-chinh-thuc-hoat-dong.html"));
        assertEquals(withSummary.selectFirst("p.tom-tat").text(), meta(withSummary, "description"));
        assertEquals("article", meta(withSummary, "og:type"));
        Document withoutSummary = parse(unit.resolve("gioi-thieu/index.html")); // its landing text has no summary
        String description = meta(withoutSummary, "description");
        String text = withoutSummary.selectFirst("div.noi-dung").text();
        assertTrue(description.endsWith("…") && description.length() <= 160, description);
        assertTrue(text.startsWith(description.substring(0, description.length() - 1)), description + " starts " + text);
        Document search = parse(unit.resolve("tim-kiem/index.html"));
        assertEquals("Cổng thông tin điện tử của Ủy ban nhân dân phường Cẩm Thành, thành phần của Cổng thông tin điện tử tỉnh Quảng Ngãi",
                meta(search, "description"));
        assertEquals("website", meta(search, "og:type"));
    }

    @Test
    void robotsTxtNamesTheSitemapAtItsAbsoluteAddress() throws IOException {
        Path unit = BuiltSample.site().resolve(BuiltSample.COMMUNE);
        List<String> robots = Files.readAllLines(unit.resolve("robots.txt"));
        assertTrue(robots.contains("User-agent: *"), robots.toString());
        assertTrue(robots.contains("Sitemap: " + BASE + "/sitemap.xml"), robots.toString());
        assertTrue(Files.isRegularFile(unit.resolve("sitemap.xml")));
    }

    @Test
    void theNotFoundPageLeadsHomeAndToSearchFromAnyDepthAndIsNotIndexed() throws IOException {
        Path unit = BuiltSample.site().resolve(BuiltSample.COMMUNE);
        Document page = parse(unit.resolve("404.html"));
        assertEquals("Không tìm thấy trang", page.selectFirst("h1").text());
        assertEquals("noindex", meta(page, "robots"));
        assertTrue(page.select("link[rel=canonical]").isEmpty());
        // Served for /a/b/c.html as well as for /c.html: its links start from the portal's root.
        assertEquals("/index.html", page.selectFirst("main a:contains(Về trang chủ)").attr("href"));
        assertEquals("/tim-kiem/index.html", page.selectFirst("main form[role=search]").attr("action"));
        assertEquals("/assets/style.css", page.selectFirst("head link[rel=stylesheet]").attr("href"));
        assertFalse(Files.readString(unit.resolve("sitemap.xml")).contains("404.html"));
    }

    @Test
    void aLogoBecomesTheBrowsersIconAndAPictureThePreviewsImage() throws IOException {
        TestRepo repo = TestRepo.sample(dir);
        repo.writeBytes("communes/binh-son/anh/logo.png", png(200, 100));
        repo.write("communes/binh-son/commune.yml", repo.read("communes/binh-son/commune.yml") + "logo: anh/logo.png\n");
        repo.writeBytes("communes/binh-son/tin-tuc/anh/hoi-nghi.png", png(120, 80));
        String news = "communes/binh-son/tin-tuc/ky-hop-thu-nhat-hdnd-xa-nhiem-ky-2026-2031.md";
        repo.write(news, repo.read(news).replaceFirst("\ntitle:", "\nanh: tin-tuc/anh/hoi-nghi.png\nanh_mo_ta: Đại biểu dự kỳ họp\ntitle:"));
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", "binh-son");
        assertEquals(0, run.exit(), run::toString);
        Path site = repo.path("target/site/binh-son");

        byte[] ico = Files.readAllBytes(site.resolve("favicon.ico"));
        ByteBuffer header = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, header.getShort(0));
        assertEquals(1, header.getShort(2), "an icon");
        assertEquals(1, header.getShort(4), "of one image");
        BufferedImage icon = ImageIO.read(new ByteArrayInputStream(ico, header.getInt(18), header.getInt(14)));
        assertEquals(32, icon.getWidth());
        assertEquals(32, icon.getHeight());
        assertEquals(0, icon.getRGB(0, 0) >>> 24, "the wide logo is centred on a transparent ground");
        assertEquals(0xff, icon.getRGB(16, 16) >>> 24);

        Document item = parse(site.resolve("tin-tuc/ky-hop-thu-nhat-hdnd-xa-nhiem-ky-2026-2031.html"));
        assertEquals("../favicon.ico", item.select("head link[rel=icon]").attr("href"));
        assertEquals("https://binhson.quangngai.gov.vn/tin-tuc/anh/hoi-nghi.png", meta(item, "og:image"));
        assertEquals("Đại biểu dự kỳ họp", meta(item, "og:image:alt"));
        assertEquals("summary_large_image", meta(item, "twitter:card"));
        Document home = parse(site.resolve("index.html"));
        assertEquals("favicon.ico", home.select("head link[rel=icon]").attr("href"));
        assertEquals("https://binhson.quangngai.gov.vn/anh/logo.png", meta(home, "og:image"));
        assertEquals("summary", meta(home, "twitter:card"));

        // Without a logo, no icon is named and none is made.
        Path sample = BuiltSample.site().resolve(BuiltSample.COMMUNE);
        assertFalse(Files.exists(sample.resolve("favicon.ico")));
        assertTrue(parse(sample.resolve("index.html")).select("link[rel=icon], meta[property=og:image]").isEmpty());
        // A map drawn in SVG is shown on its page, but previews show no SVG: no image rather than a broken one.
        Document map = parse(BuiltSample.site().resolve(SamplePages.ofEveryKind().get("boundary map")));
        assertTrue(map.selectFirst("main img[src$=.svg]") != null);
        assertTrue(map.select("meta[property=og:image]").isEmpty());
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1b4f72));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
