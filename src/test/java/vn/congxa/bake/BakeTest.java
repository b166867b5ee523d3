package vn.congxa.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/** Baking through JBake: what a citizen sees in the pages, and JBake's known traps, each handled. */
class BakeTest {

    @TempDir
    Path dir;

    private Run build(TestRepo repo, String... extra) {
        List<String> args = new ArrayList<>(List.of("--as-of", TestRepo.AS_OF));
        args.addAll(List.of(extra));
        return repo.run("build", args.toArray(String[]::new));
    }

    private static Document page(TestRepo repo, String path) throws IOException {
        Path file = repo.path("target/site/" + path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    @Test
    void buildsEveryPageOfACommuneAndTheDistrictHub() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        for (String path : List.of("index.html", "xa-mau/index.html", "xa-mau/gioi-thieu/index.html", "xa-mau/gioi-thieu/tong-quan.html",
                "xa-mau/gioi-thieu/lanh-dao/index.html", "xa-mau/gioi-thieu/lanh-dao/nguyen-van-mau.html", "xa-mau/van-ban/index.html",
                "xa-mau/van-ban/qd-12.html", "xa-mau/van-ban/tep/qd-12.pdf", "xa-mau/dieu-khoan.html", "xa-mau/assets/style.css",
                "assets/style.css")) {
            assertTrue(Files.isRegularFile(repo.path("target/site/" + path)), path);
        }
        Document hub = page(repo, "index.html");
        // The hub links each commune at its portal address (dia_chi_web), where it is deployed.
        assertEquals("https://xamau.example.gov.vn/", hub.selectFirst("main a").attr("href"));
        assertEquals("Ủy ban nhân dân xã Mẫu", hub.selectFirst("main a").text());
    }

    @Test
    void anItemPageShowsItsFieldsBodyAttachmentAndFooter() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        build(repo);
        Document doc = page(repo, "xa-mau/van-ban/qd-12.html");
        assertEquals("vi", doc.selectFirst("html").attr("lang"));
        assertEquals("Quyết định ban hành quy chế làm việc", doc.selectFirst("h1").text());
        assertEquals("Ngày đăng: 05/10/2026", doc.selectFirst("article > p.phu").text());
        assertEquals("12/QĐ-UBND", doc.select("table.thuoc-tinh tr:has(th:containsOwn(Số ký hiệu)) td").text());
        assertEquals("01/10/2026", doc.select("table.thuoc-tinh tr:has(th:containsOwn(Ngày ban hành)) td").text());
        Element attachment = doc.selectFirst("ul.dinh-kem a");
        Path target = repo.path("target/site/xa-mau/van-ban").resolve(attachment.attr("href")).normalize();
        assertEquals(repo.path("target/site/xa-mau/van-ban/tep/qd-12.pdf"), target);
        assertTrue(Files.isRegularFile(target));
        assertTrue(doc.selectFirst("ul.dinh-kem").text().contains("(PDF, 1 trang, 9 KB)"), doc.selectFirst("ul.dinh-kem").text());
        String footer = doc.selectFirst("footer").text();
        assertTrue(footer.contains("Người chịu trách nhiệm: Nguyễn Văn Mẫu, Chủ tịch UBND xã"), footer);
        assertTrue(footer.contains("Cơ quan chủ quản: Ủy ban nhân dân xã Mẫu"), footer);
        assertEquals("../assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        // Print and save, for every item (Nghị định 42/2022/NĐ-CP, Điều 7 khoản 1): printing needs the site's script.
        assertEquals("In", doc.selectFirst("button[data-in]").text());
        assertTrue(doc.selectFirst("button[data-in]").hasAttr("hidden"));
        assertEquals("../assets/congxa.js", doc.selectFirst("head script[src]").attr("src"));
        assertTrue(Files.isRegularFile(repo.path("target/site/xa-mau/assets/congxa.js")));
        Element save = doc.selectFirst("a[download]");
        assertEquals("Lưu", save.text());
        assertEquals("qd-12.html", save.attr("href"));
    }

    @Test
    void numbersWrittenWithoutQuotesKeepTheirLeadingZero() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        repo.write("communes/xa-mau/commune.yml", repo.read("communes/xa-mau/commune.yml").replace("0255 3851 234", "02553851234"));
        repo.write("communes/xa-mau/van-ban/qd-12.md", repo.read("communes/xa-mau/van-ban/qd-12.md").replace("12/QĐ-UBND", "0012"));
        assertEquals(0, build(repo).exit());
        assertTrue(page(repo, "xa-mau/index.html").selectFirst("footer").text().contains("Điện thoại: 02553851234"));
        assertEquals("0012", page(repo, "xa-mau/van-ban/qd-12.html").select("table.thuoc-tinh tr:has(th:containsOwn(Số ký hiệu)) td").text());
    }

    @Test
    void theHomePageShowsThisWeeksScheduleDayByDay() throws IOException {
        TestRepo repo = TestRepo.base(dir).write(TestRepo.SCHEDULE, TestRepo.schedule("2026-W48", """
                  - ngay: 2026-11-23
                    gio: "07:30"
                    noi_dung: Giao ban đầu tuần
                    dia_diem: Hội trường xã
                  - ngay: 2026-11-26
                    gio: "08:00"
                    noi_dung: Tiếp công dân định kỳ
                """));
        assertEquals(0, build(repo).exit());
        Document home = page(repo, "xa-mau/index.html");
        assertEquals("Lịch công tác tuần này", home.selectFirst("#lich-tuan").text());
        Element table = home.selectFirst("table.bang-lich");
        assertEquals(List.of("Ngày", "Giờ", "Nội dung", "Địa điểm"), table.select("thead th").eachText());
        assertEquals(List.of("Thứ Hai, 23/11/2026", "07:30", "Giao ban đầu tuần", "Hội trường xã"),
                table.select("tbody tr").get(0).children().stream().map(Element::text).toList());
        assertEquals(List.of("Thứ Năm, 26/11/2026", "08:00", "Tiếp công dân định kỳ", ""),
                table.select("tbody tr").get(1).children().stream().map(Element::text).toList());
        // A week later, the home page has no schedule to show.
        assertEquals(0, repo.run("build", "--as-of", "2026-12-01").exit());
        assertTrue(page(repo, "xa-mau/index.html").select("#lich-tuan").isEmpty());
        // The week's own page shows it too, with the week in the item's facts.
        Document item = page(repo, "xa-mau/lich-cong-tac/tuan-48.html");
        assertEquals(2, item.select("table.bang-lich tbody tr").size());
        assertEquals("23/11/2026 – 29/11/2026", item.select("table.thuoc-tinh tr:has(th:containsOwn(Tuần)) td").text());
    }

    @Test
    void theMenuFollowsTheProfileOrderAndShowsOptionalSectionsOnlyWithContent() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        build(repo);
        List<String> menu = page(repo, "xa-mau/index.html").select("nav.menu a").eachText();
        // "Dự án" is optional and empty; "Tin tức" is optional with an item.
        assertEquals(List.of("Trang chủ", "Giới thiệu", "Tin tức", "Văn bản"), menu);
    }

    @Test
    void draftsAreNeverWritten() throws IOException {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/tin-tuc/ban-nhap.md",
                "---\ntitle: Bản nháp bí mật\ndate: 2026-11-25\ndraft: true\n---\nChưa duyệt.\n");
        assertEquals(0, build(repo).exit());
        assertFalse(Files.exists(repo.path("target/site/xa-mau/tin-tuc/ban-nhap.html")));
        assertFalse(Files.exists(repo.path("target/site/xa-mau/tin-tuc/ban-nhap-draft.html")));
        try (Stream<Path> files = Files.walk(repo.path("target/site"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("Bản nháp bí mật"), file::toString);
            }
        }
    }

    @Test
    void everyValueATemplatePrintsIsEscaped() throws IOException {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/tin-tuc/tan-cong.md", """
                ---
                title: "<script>alert('tiêu đề')</script> & <b>đậm</b>"
                date: 2026-11-21
                summary: "<img src=x onerror=alert(1)>"
                tags: ["<i>nghiêng</i>"]
                ---
                Nội dung.
                """);
        assertEquals(0, build(repo).exit());
        String html = Files.readString(repo.path("target/site/xa-mau/tin-tuc/tan-cong.html"));
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<i>nghiêng"), html);
        Document doc = Jsoup.parse(html);
        assertEquals(List.of("../assets/congxa.js"), doc.select("script").eachAttr("src"));
        assertEquals("<script>alert('tiêu đề')</script> & <b>đậm</b>", doc.selectFirst("h1").text());
        assertTrue(Files.readString(repo.path("target/site/xa-mau/tin-tuc/index.html")).contains("&lt;img src=x onerror=alert(1)&gt;"));
        String feed = Files.readString(repo.path("target/site/xa-mau/tin-tuc/feed.xml"));
        assertTrue(feed.contains("<title>&lt;script&gt;alert(&apos;tiêu đề&apos;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;</title>"), feed);
    }

    @Test
    void rawHtmlPastedIntoMarkdownIsCleanedKeepingItsFormatting() throws IOException {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/tin-tuc/dan-tu-word.md", """
                ---
                title: Dán từ Word
                date: 2026-11-21
                ---
                <p onclick="alert(1)" style="color:red">Đoạn <b>đậm</b> và <i>nghiêng</i>.</p>

                <script>alert("thân bài")</script>
                <iframe src="https://example.com/quang-cao"></iframe>
                <style>body { display: none }</style>

                Ảnh: <img src="data:image/png;base64,AAAA" alt="ảnh nhúng"> và <a href="javascript:alert(1)">bấm</a>.
                """);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        String body = page(repo, "xa-mau/tin-tuc/dan-tu-word.html").selectFirst(".noi-dung").html();
        for (String forbidden : List.of("<script", "<iframe", "<style", "onclick", "style=", "data:", "javascript:")) {
            assertFalse(body.contains(forbidden), forbidden + " in " + body);
        }
        assertTrue(body.contains("<b>đậm</b>"), body);
        assertTrue(body.contains("<i>nghiêng</i>"), body);
    }

    @Test
    void linksToMarkdownFilesLeadToTheirPages() throws IOException {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/tin-tuc/lien-ket.md", """
                ---
                title: Liên kết
                date: 2026-11-21
                ---
                Xem [quyết định](../van-ban/qd-12.md#hieu-luc), [các văn bản](../van-ban/) và [điều khoản](../dieu-khoan.md).
                """);
        assertEquals(0, build(repo).exit());
        Document doc = page(repo, "xa-mau/tin-tuc/lien-ket.html");
        assertEquals(List.of("../van-ban/qd-12.html#hieu-luc", "../van-ban/index.html", "../dieu-khoan.html"),
                doc.select(".noi-dung a").eachAttr("href"));
    }

    @Test
    void everyTemplateEscapesByDefault() throws IOException {
        try (Stream<Path> templates = Files.list(Path.of("templates"))) {
            List<Path> ftl = templates.filter(p -> p.toString().endsWith(".ftl")).toList();
            assertFalse(ftl.isEmpty());
            for (Path template : ftl) {
                String text = Files.readString(template);
                // The style sheet of a commune's colours is plain text: it prints only colours checked as #rrggbb.
                // So is robots.txt: it prints only the sitemap's address, made from the portal's address checked as a URL.
                boolean plain = (template.endsWith("mau-sac.ftl") || template.endsWith("robots.ftl"))
                        && text.startsWith("<#ftl output_format=\"plainText\"");
                assertTrue(plain || text.startsWith("<#ftl output_format=\"HTML\"") || text.startsWith("<#ftl output_format=\"XML\""),
                        template::toString);
            }
        }
    }

    @Test
    void outputPathsAreAsciiSlugs() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, build(repo).exit());
        try (Stream<Path> files = Files.walk(repo.path("target/site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = repo.path("target/site").relativize(file).toString();
                assertTrue(relative.matches("[a-z0-9/._-]+"), relative);
            }
        }
    }

    @Test
    void markdownRendersTablesAutolinksAndAsciiHeadingAnchors() throws IOException {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/tin-tuc/bang.md", """
                ---
                title: Số liệu
                date: 2026-11-22
                ---
                ## Điều kiện tự nhiên

                | Chỉ tiêu | Số lượng |
                |---|---|
                | Dân số | 12.345 |

                Xem https://dichvucong.gov.vn để nộp hồ sơ.

                ## Điều kiện tự nhiên
                """);
        build(repo);
        Document doc = page(repo, "xa-mau/tin-tuc/bang.html");
        assertEquals(List.of("dieu-kien-tu-nhien", "dieu-kien-tu-nhien-2"), doc.select(".noi-dung h2").eachAttr("id"));
        assertEquals("12.345", doc.selectFirst(".noi-dung table td:eq(1)").text());
        assertEquals("https://dichvucong.gov.vn", doc.selectFirst(".noi-dung p a").attr("href"));
    }

    @Test
    void previousAndNextLinksFollowTheListingOverSeveralHundredItems() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        int count = 300;
        for (int i = 0; i < count; i++) {
            String date = java.time.LocalDate.of(2025, 9, 1).plusDays(i % 320).toString();
            repo.write("communes/xa-mau/tin-tuc/tin-" + i + ".md",
                    "---\ntitle: Tin số " + i + "\ndate: " + date + "\ntags: [a, b]\n---\nNội dung " + i + ".\n");
        }
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        // The listing, 20 items a page, followed from page to page.
        List<String> listing = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (String listingPage = "index.html"; listingPage != null; ) {
            Document section = page(repo, "xa-mau/tin-tuc/" + listingPage);
            pages.add(listingPage);
            listing.addAll(section.select("ul.danh-sach > li > a").eachAttr("href"));
            Element next = section.selectFirst("nav.phan-trang a[rel=next]");
            listingPage = next == null ? null : next.attr("href");
        }
        assertEquals(count + 1, listing.size());
        assertEquals(16, pages.size());
        assertEquals("trang-16.html", Path.of(pages.get(15)).getFileName().toString());
        assertEquals("Trang 16 / 16", page(repo, "xa-mau/tin-tuc/trang-16.html").selectFirst("nav.phan-trang span").text());
        Document archive = page(repo, "xa-mau/tin-tuc/nam-2025.html");
        assertEquals("Tin tức – năm 2025", archive.selectFirst("h1").text());
        assertEquals("2025", archive.selectFirst("nav.nam a[aria-current]").text());
        // One item a day from 01/09/2025: the first 122 (September to December) fall in 2025.
        assertEquals(122, archive.select("ul.danh-sach > li").size());
        for (int i = 0; i < listing.size(); i++) {
            Document item = page(repo, "xa-mau/tin-tuc/" + listing.get(i));
            Element previous = item.selectFirst("a[rel=prev]");
            Element next = item.selectFirst("a[rel=next]");
            assertEquals(i == 0 ? null : listing.get(i - 1), previous == null ? null : previous.attr("href"), listing.get(i));
            assertEquals(i == listing.size() - 1 ? null : listing.get(i + 1), next == null ? null : next.attr("href"), listing.get(i));
        }
    }

    @Test
    void aBuildPrintsALinePerCommuneAndASummaryAndNothingFromTheLibraries() {
        TestRepo repo = TestRepo.base(dir);
        Run run = build(repo);
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run::toString);
        // 14 pages: the home page, 4 section pages, 5 items, the shared root page, the Sơ đồ cổng, the search page and the
        // page for an address not found (one year: no archive; no tags). The search index holds the 5 items, the root page
        // and the 4 sections.
        assertTrue(lines.get(0).startsWith("[1/1] Đã dựng xa-mau (Ủy ban nhân dân xã Mẫu): 14 trang, chỉ mục tìm kiếm 10 mục ("), run::toString);
        assertEquals("Kiểm tra xong: 0 lỗi, 0 cảnh báo.", lines.get(1));
        assertTrue(lines.get(2).matches("Đã dựng 1 cổng, giữ nguyên 0 cổng không đổi; 14 trang trong \\d+,\\d giây\\. Trang tổng hợp: .*index\\.html"),
                run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aCommunePageAtTheSamePathReplacesTheSharedOne() throws IOException {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/dieu-khoan.md",
                "---\ntitle: Điều khoản riêng của xã Mẫu\ndate: 2026-11-01\n---\nNội dung riêng.\n");
        build(repo);
        assertEquals("Điều khoản riêng của xã Mẫu", page(repo, "xa-mau/dieu-khoan.html").selectFirst("h1").text());
    }

    @Test
    void aTemplateErrorIsAFindingOnTheTemplateLineAndNothingIsWritten() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("templates/entry.ftl", repo.read("templates/entry.ftl").replace(">${page.title}</h1>", ">${page.khong_co.title}</h1>"));
        assertTrue(repo.read("templates/entry.ftl").contains("page.khong_co"), "the template was broken");
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("templates/entry\\.ftl:5: lỗi: lỗi khuôn mẫu trang \\(template\\): .*\\[template-error\\]")),
                run::toString);
        assertFalse(Files.exists(repo.path("target/site")));
    }

    @Test
    void onlyABodyWithRawHtmlIsSanitisedAndBothPagesAreSafe() throws IOException {
        String table = "| Chỉ tiêu | Số lượng |\n|:--|--:|\n| Dân số | 12.345 |\n\n---\n\n";
        TestRepo repo = TestRepo.base(dir)
                .write("communes/xa-mau/tin-tuc/dan-html.md", "---\ntitle: Dán HTML\ndate: 2026-11-21\n---\n" + table
                        + "<p onclick=\"alert(1)\">Đoạn <b>đậm</b></p>\n")
                .write("communes/xa-mau/tin-tuc/chi-markdown.md", "---\ntitle: Chỉ Markdown\ndate: 2026-11-21\n---\n" + table
                        + "```java\nx\n```\n\nGọi [số máy](tel:02553851234).\n");
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        for (String item : List.of("dan-html", "chi-markdown")) {
            Element body = page(repo, "xa-mau/tin-tuc/" + item + ".html").selectFirst(".noi-dung");
            assertEquals(1, body.select("div.bang-cuon[tabindex=0][role=region] > table.bang").size(), body::html);
            // What the safelist lacks is gone from both: <hr>, alignment, a code block's language.
            assertTrue(body.select("hr, [align], code[class], [onclick]").isEmpty(), body::html);
        }
        Element markdown = page(repo, "xa-mau/tin-tuc/chi-markdown.html").selectFirst(".noi-dung");
        assertEquals("tel:02553851234", markdown.selectFirst("a").attr("href"));
        assertEquals("x\n", markdown.selectFirst("pre > code").wholeText());
        assertEquals("<b>đậm</b>", page(repo, "xa-mau/tin-tuc/dan-html.html").selectFirst(".noi-dung p b").outerHtml());
    }
}
