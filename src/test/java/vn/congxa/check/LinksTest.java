package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;
import vn.congxa.content.Links;
import vn.congxa.content.RepositoryReader;

/**
 * No link is unlinked silently: a link to a draft, to a file on the editor's computer or office network, or with a
 * scheme the page would drop is a finding; tel: and mailto: links reach the page; http:// is pointed out. Checking
 * is linear in the size of a body.
 */
class LinksTest {

    private static final String NEWS = "communes/xa-mau/tin-tuc/hoi-nghi.md";

    @TempDir
    Path dir;

    private TestRepo withNews(String body) {
        return TestRepo.base(dir).write(NEWS, "---\ntitle: Hội nghị tổng kết năm\ndate: 2026-11-20\n---\n" + body);
    }

    private Run check(TestRepo repo) {
        return repo.run("check", "--as-of", TestRepo.AS_OF);
    }

    private Document page(TestRepo repo, String page) throws IOException {
        return Jsoup.parse(repo.path("target/site/xa-mau/" + page).toFile(), StandardCharsets.UTF_8.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Users\\VanThu\\Documents\\bao-cao.docx", "D:/Tai-lieu/qd-12.pdf", "c:\\", "\\\\may-chu\\chung\\ke-hoach.xlsx",
            "\\\\\\\\may-chu\\chung\\ke-hoach.xlsx"})
    void aLinkToALocalDiskIsAnError(String link) {
        Run run = check(withNews("Xem [báo cáo](<" + link + ">).\n"));
        assertEquals(List.of(NEWS + ":5: lỗi: liên kết \"" + link + "\" trỏ tới một tệp trên máy tính hay ổ mạng của cơ quan, người đọc cổng "
                + "không mở được: chép tệp vào thư mục của xã (ví dụ van-ban/tep/) rồi liên kết bằng đường dẫn tương đối [local-file-link]"),
                run.lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zalo://0905123456", "sms:0905123456", "ftp://ftp.binhson.gov.vn/bieu-mau.doc", "skype:ubnd.xamau",
            "intent://scan/#Intent;end"})
    void aLinkWithASchemeThePageDropsIsAWarning(String link) {
        Run run = check(withNews("Liên hệ [qua đây](" + link + ").\n"));
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of(NEWS + ":5: cảnh báo: liên kết \"" + link + "\" dùng giao thức \"" + Links.scheme(link).orElseThrow() + ":\" mà cổng "
                + "không giữ (chỉ giữ https:, http:, mailto: và tel:; ảnh chỉ lấy từ thư mục của xã): trên trang, chữ này sẽ không còn là liên "
                + "kết; dùng địa chỉ https://… hay bỏ liên kết [stripped-link]"), run.lines());
    }

    @Test
    void aBareAddressThatBecomesALinkIsCheckedToo() {
        Run run = check(withNews("Mẫu đơn ở ftp://ftp.binhson.gov.vn/mau.doc và www.binhson.gov.vn.\n"));
        assertEquals(List.of(
                NEWS + ":5: cảnh báo: liên kết \"http://www.binhson.gov.vn\" dùng http:// (không mã hóa, có thể bị đọc trộm hay sửa trên đường "
                        + "truyền): nếu trang đó mở được bằng https://, ghi https:// [insecure-link]",
                NEWS + ":5: cảnh báo: liên kết \"ftp://ftp.binhson.gov.vn/mau.doc\" dùng giao thức \"ftp:\" mà cổng không giữ (chỉ giữ https:, "
                        + "http:, mailto: và tel:; ảnh chỉ lấy từ thư mục của xã): trên trang, chữ này sẽ không còn là liên kết; dùng địa chỉ "
                        + "https://… hay bỏ liên kết [stripped-link]"), run.lines());
    }

    @Test
    void anHttpLinkIsAWarningAdvisingHttps() {
        Run run = check(withNews("Xem [tin của huyện](http://binhson.quangngai.gov.vn/tin-tuc).\n"));
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of(NEWS + ":5: cảnh báo: liên kết \"http://binhson.quangngai.gov.vn/tin-tuc\" dùng http:// (không mã hóa, có thể bị "
                + "đọc trộm hay sửa trên đường truyền): nếu trang đó mở được bằng https://, ghi https:// [insecure-link]"), run.lines());
    }

    @Test
    void aLinkToADraftIsAnErrorAndAWarningFromADraft() {
        TestRepo repo = withNews("Theo [kế hoạch](../van-ban/kh-30.md) và [trang của kế hoạch](../van-ban/kh-30.html).\n");
        String plan = "communes/xa-mau/van-ban/kh-30.md";
        repo.write(plan, repo.read(plan).replace("title: Kế", "draft: true\ntitle: Kế"));
        Run run = check(repo);
        List<String> drafts = run.lines().stream().filter(line -> line.endsWith("[link-to-draft]")).toList();
        assertEquals(List.of(
                NEWS + ":5: lỗi: liên kết \"../van-ban/kh-30.html\" trỏ tới bản nháp communes/xa-mau/van-ban/kh-30.html: bản nháp không được "
                        + "đăng nên liên kết sẽ hỏng; đăng bài đó (xóa dòng draft: true) hoặc bỏ liên kết [link-to-draft]",
                NEWS + ":5: lỗi: liên kết \"../van-ban/kh-30.md\" trỏ tới bản nháp communes/xa-mau/van-ban/kh-30.md: bản nháp không được đăng "
                        + "nên liên kết sẽ hỏng; đăng bài đó (xóa dòng draft: true) hoặc bỏ liên kết [link-to-draft]"), drafts);
        repo.write(NEWS, repo.read(NEWS).replace("date: 2026-11-20", "date: 2026-11-20\ndraft: true"));
        assertTrue(check(repo).lines().stream().filter(line -> line.endsWith("[link-to-draft]")).allMatch(line -> line.contains(": cảnh báo: ")));
    }

    @Test
    void linksInPastedHtmlAreCheckedAndWhatTheSanitiserDropsIsSaid() {
        Run run = check(withNews("<p>Xem <a href=\"javascript:alert(1)\">đây</a>,\n<a href=\"../van-ban/khong-co.md\">văn bản</a> và "
                + "<a href=\"http://binhson.gov.vn\">huyện</a>.</p>\n"));
        assertEquals(List.of(
                NEWS + ":5: cảnh báo: liên kết \"javascript:alert(1)\" không được phép (javascript:, data:, file: và vbscript: có thể chạy mã "
                        + "hoặc đọc máy người xem): dùng liên kết https:// hoặc đường dẫn tương đối [unsafe-link]",
                NEWS + ":6: lỗi: liên kết \"../van-ban/khong-co.md\" trỏ tới communes/xa-mau/van-ban/khong-co.md, không có bài hay tệp nào ở đó: "
                        + "sửa đường dẫn [broken-link]",
                NEWS + ":6: cảnh báo: liên kết \"http://binhson.gov.vn\" dùng http:// (không mã hóa, có thể bị đọc trộm hay sửa trên đường "
                        + "truyền): nếu trang đó mở được bằng https://, ghi https:// [insecure-link]"), run.lines());
    }

    @Test
    void telAndMailtoLinksReachThePage() throws IOException {
        TestRepo repo = withNews("Gọi [0255 3851 234](tel:02553851234), viết cho <ubnd@xamau.example.gov.vn> hay "
                + "[Văn phòng](mailto:vanphong@xamau.example.gov.vn); <a href=\"tel:+842553851234\">đường dây nóng</a>.\n");
        assertEquals(List.of(), check(repo).lines());
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        assertEquals(List.of("tel:02553851234", "mailto:ubnd@xamau.example.gov.vn", "mailto:vanphong@xamau.example.gov.vn", "tel:+842553851234"),
                page(repo, "tin-tuc/hoi-nghi.html").select(".noi-dung a").eachAttr("href"));
    }

    /** The schemes a pasted link keeps on the page are exactly those the checks let through without a word. */
    @Test
    void theSanitiserKeepsExactlyThePublishedSchemes() throws IOException {
        List<String> links = List.of("https://binhson.gov.vn", "http://binhson.gov.vn", "mailto:ubnd@xamau.example.gov.vn", "tel:02553851234",
                "ftp://ftp.binhson.gov.vn/a.doc", "sms:0905123456", "zalo://0905123456", "javascript:alert(1)", "data:text/html,x",
                "file:///C:/x.docx", "vbscript:msgbox(1)");
        StringBuilder body = new StringBuilder("<p>");
        links.forEach(link -> body.append("<a href=\"").append(link).append("\">liên kết</a> "));
        TestRepo repo = withNews(body + "</p>\n");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        Set<String> kept = new TreeSet<>();
        page(repo, "tin-tuc/hoi-nghi.html").select(".noi-dung a[href]").forEach(a -> kept.add(Links.scheme(a.attr("href")).orElseThrow()));
        assertEquals(new TreeSet<>(Links.PUBLISHED_SCHEMES), kept);
    }

    /** A guard, not a benchmark: flexmark counted lines from the start for every node, and 700 KB took 40 s. */
    @Test
    void checkingIsLinearInTheSizeOfABody() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 880_000; i++) {
            body.append("Đoạn ").append(i).append(": xem [quyết định](../van-ban/qd-12.md), [bản PDF](../van-ban/tep/qd-12.pdf#trang-").append(i)
                    .append(") và [trang của huyện](https://binhson.quangngai.gov.vn/tin/").append(i).append(").\n\n");
        }
        TestRepo repo = withNews(body.toString());
        assertTrue(body.toString().getBytes(StandardCharsets.UTF_8).length < RepositoryReader.MAX_MARKDOWN_BYTES, "as large as an article may be");
        long start = System.nanoTime();
        Run run = check(repo);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(List.of(), run.lines(), run::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "checking " + body.length() + " characters took " + took);
    }

    @Test
    void eachLinkFindingIsOnTheLineOfItsLink() {
        // The body starts on line 5 of the file; a link in a block of raw HTML is on its own line of that block.
        Run run = check(withNews("""
                Mở [trang cũ](http://xamau.gov.vn/cu).

                <div>
                <p>Xem</p>
                <a href="http://binhson.gov.vn">xã bạn</a>
                </div>

                Tải [biểu mẫu][mau].

                [mau]: ftp://ftp.binhson.gov.vn/bieu-mau.doc
                """));
        assertEquals(List.of("5 insecure-link", "9 insecure-link", "14 stripped-link"), run.lines().stream()
                .map(line -> line.replaceAll("^" + NEWS + ":(\\d+):.*\\[([a-z-]+)\\]$", "$1 $2")).toList(), run::toString);
    }
}
