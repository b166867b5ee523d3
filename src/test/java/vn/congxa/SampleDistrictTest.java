package vn.congxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo.Run;
import vn.congxa.finding.Lang;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;

/**
 * The project's own sample (four units of tỉnh Quảng Ngãi under Nghị định 224/2026/NĐ-CP), as a new user would try it:
 * it builds clean, every site shows the profile's menu in order with every section reachable, and taking away any
 * required section of a unit, or all of its items, fails the build with a line naming the folder, the section and its
 * legal basis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDistrictTest {

    private static final List<String> COMMUNES = List.of("binh-son", "cam-thanh", "dong-son", "ly-son");

    @TempDir
    static Path dir;

    private TestRepo repo;
    private Profile profile;
    private String builtSite;

    @BeforeAll
    void buildTheSample() {
        repo = TestRepo.sample(dir);
        profile = ProfileLoader.load(repo.root()).inForce(java.time.LocalDate.parse(TestRepo.SAMPLE_AS_OF)).orElseThrow();
        Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        builtSite = TestRepo.fingerprint(repo.path("target/site"));
    }

    @Test
    void buildsCleanWithoutAnyFinding() {
        Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of(), run.lines(), run::toString);
        for (String commune : COMMUNES) {
            assertTrue(Files.isRegularFile(repo.path("target/site/" + commune + "/index.html")), commune);
        }
    }

    @Test
    void theHubLinksEveryUnitAtItsPortalAddressAndTheYearlyReport() throws IOException {
        Document hub = parse(repo.path("target/site/index.html"));
        List<String> addresses = new ArrayList<>();
        for (String commune : COMMUNES) {
            addresses.add(Files.readAllLines(repo.path("communes/" + commune + "/commune.yml")).stream().filter(l -> l.startsWith("dia_chi_web:"))
                    .findFirst().orElseThrow().substring("dia_chi_web:".length()).strip() + "/");
        }
        assertEquals(List.of("https://binhson.quangngai.gov.vn/", "https://camthanh.quangngai.gov.vn/", "https://dongson.quangngai.gov.vn/",
                "https://lyson.quangngai.gov.vn/"), addresses);
        assertEquals(addresses, hub.select("main .danh-sach a").eachAttr("href"));
        assertEquals("Danh mục cổng thông tin điện tử các xã, phường, đặc khu tỉnh Quảng Ngãi", hub.selectFirst("h1").text());
        assertEquals(List.of("https://quangngai.gov.vn", "bao-cao/index.html"), hub.select("main > p a").eachAttr("href"));
        assertTrue(Files.isRegularFile(repo.path("target/site/bao-cao/index.html")));
    }

    @Test
    void everyHomePageShowsThisWeeksScheduleNewestDocumentsAndOnlineServices() throws IOException {
        for (String commune : COMMUNES) {
            Document home = parse(repo.path("target/site/" + commune + "/index.html"));
            assertTrue(home.selectFirst("#lich-tuan + p a").text().startsWith("Lịch công tác tuần 49"), commune);
            assertTrue(home.select("table.bang-lich tbody tr").size() >= 3, commune);
            assertEquals(List.of("Tin tức – Sự kiện", "Văn bản", "Thủ tục hành chính – Dịch vụ công"), home.select("h2[id^=khoi-]").eachText(),
                    commune);
            Element procedures = home.selectFirst("section:has(h2:contains(Thủ tục hành chính))");
            List<String> online = procedures.select("a:contains(Nộp hồ sơ trực tuyến)").eachAttr("href");
            assertTrue(online.size() >= 3 && online.stream().allMatch(url -> url.startsWith("https://dichvucong.gov.vn/")), online::toString);
            Element documents = home.selectFirst("section:has(h2[id^=khoi-]:contains(Văn bản))");
            assertTrue(documents.select("ul.danh-sach > li").size() >= 3, commune);
        }
    }

    @Test
    void everySiteShowsTheProfileMenuInOrder() throws IOException {
        for (String commune : COMMUNES) {
            List<String> expected = new ArrayList<>(List.of("Trang chủ"));
            for (Section section : profile.sections()) {
                if (section.required() || Files.isDirectory(repo.path("communes/" + commune + "/" + section.path()))) {
                    expected.add(section.title());
                }
            }
            List<String> menu = parse(repo.path("target/site/" + commune + "/index.html")).select("nav.menu a").eachText();
            // A commune's own sections come after the profile's.
            assertEquals(expected, menu.subList(0, expected.size()), commune);
        }
    }

    @Test
    void everyPageIsReachableFromTheHomePageAndNoInternalLinkIsBroken() throws IOException {
        for (String commune : COMMUNES) {
            Path site = repo.path("target/site/" + commune);
            Set<Path> reached = new HashSet<>();
            Deque<Path> queue = new ArrayDeque<>(List.of(site.resolve("index.html")));
            List<String> broken = new ArrayList<>();
            while (!queue.isEmpty()) {
                Path page = queue.pop();
                if (!reached.add(page) || !page.toString().endsWith(".html")) {
                    continue;
                }
                for (Element link : parse(page).select("a[href], link[href]")) {
                    String href = link.attr("href");
                    if (href.matches("^[a-z]+:.*") || href.startsWith("#")) {
                        continue; // external, mailto:, tel:
                    }
                    Path target = page.getParent().resolve(href.replaceAll("#.*", "")).normalize();
                    if (!target.startsWith(repo.path("target/site"))) {
                        broken.add(page + " → " + href);
                    } else if (!Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + " → " + href);
                    } else if (target.startsWith(site)) {
                        queue.add(target);
                    }
                }
            }
            assertEquals(List.of(), broken, commune);
            try (Stream<Path> files = Files.walk(site)) {
                // The web editor (admin/) is for editors, who open its address; the portal does not link it. The web
                // server shows 404.html for an address that leads nowhere; no page links it either.
                List<Path> unreached = files.filter(p -> p.toString().endsWith(".html")).filter(p -> !reached.contains(p))
                        .filter(p -> !site.relativize(p).startsWith(vn.congxa.cms.Editor.FOLDER))
                        .filter(p -> !site.relativize(p).toString().equals(vn.congxa.content.GeneratedPaths.NOT_FOUND)).toList();
                assertEquals(List.of(), unreached, commune);
            }
        }
    }

    @Test
    void everyPageForbidsForeignAndInlineCodeAndCarriesNone() throws IOException {
        try (Stream<Path> files = Files.walk(repo.path("target/site"))) {
            // Not the web editor's page (admin/): Decap CMS's application, which builds its interface with inline styles.
            for (Path file : files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> p.getParent().getFileName() == null || !p.getParent().getFileName().toString().equals(vn.congxa.cms.Editor.FOLDER)).toList()) {
                Document page = parse(file);
                Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
                assertTrue(csp != null && csp.attr("content").startsWith("default-src 'self'; script-src 'self'; style-src 'self'"),
                        file::toString);
                for (Element element : page.getAllElements()) {
                    assertTrue(element.attributes().asList().stream().noneMatch(a -> a.getKey().toLowerCase().startsWith("on")
                            || a.getKey().equalsIgnoreCase("style")), () -> file + ": " + element);
                }
                // JSON-LD metadata is data, never run: the only script element without a source.
                assertTrue(page.select("script:not([src]):not([type=application/ld+json]), style, iframe, object, embed").isEmpty(),
                        file::toString);
                // The theme's script, and on the search page the site's own index.
                page.select("script[src]").forEach(script -> assertTrue(script.attr("src").endsWith("assets/congxa.js")
                        || file.endsWith("tim-kiem/index.html") && script.attr("src").equals("chi-muc.js"), file::toString));
            }
        }
    }

    @Test
    void removingAnyRequiredSectionFailsTheBuildNamingItAndWritesNothing() throws IOException {
        String commune = "binh-son";
        for (Section section : profile.all().filter(Section::required).toList()) {
            Path folder = repo.path("communes/" + commune + "/" + section.path());
            Path aside = dir.resolve("aside");
            Files.move(folder, aside);
            try {
                Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
                assertEquals(1, run.exit(), run::toString);
                String expected = "communes/" + commune + "/" + section.path() + ": lỗi: thiếu chuyên mục bắt buộc \"" + section.title()
                        + "\": tạo thư mục " + section.path() + "/ và đăng ít nhất " + section.minItems() + " bài có nội dung [missing-section] ("
                        + section.basis().orElseThrow().cite(Lang.VI) + ")";
                assertTrue(run.lines().contains(expected), () -> expected + "\n" + run);
                assertEquals(builtSite, TestRepo.fingerprint(repo.path("target/site")), section.path());
            } finally {
                Files.move(aside, folder);
            }
        }
    }

    @Test
    void removingEveryItemOfARequiredSectionFailsTheBuild() throws IOException {
        String commune = "ly-son";
        for (Section section : profile.all().filter(Section::required).toList()) {
            Path folder = repo.path("communes/" + commune + "/" + section.path());
            Path aside = Files.createDirectories(dir.resolve("aside-items"));
            List<Path> items;
            try (Stream<Path> list = Files.list(folder)) {
                items = list.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).toList();
            }
            for (Path item : items) {
                Files.move(item, aside.resolve(item.getFileName()));
            }
            try {
                Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
                assertEquals(1, run.exit(), run::toString);
                String expected = "communes/" + commune + "/" + section.path() + ": lỗi: chuyên mục bắt buộc \"" + section.title()
                        + "\" mới có 0 bài đã đăng có nội dung, cần ít nhất " + section.minItems();
                assertTrue(run.lines().stream().anyMatch(l -> l.startsWith(expected) && l.contains("[too-few-items]")
                        && l.endsWith("(" + section.basis().orElseThrow().cite(Lang.VI) + ")")), () -> expected + "\n" + run);
            } finally {
                for (Path item : items) {
                    Files.move(aside.resolve(item.getFileName()), item);
                }
            }
        }
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }
}
