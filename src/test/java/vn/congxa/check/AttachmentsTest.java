package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * What a commune publishes beside its pages is served as it is, outside the pages' Content-Security-Policy: only the
 * types the profile allows; never a page or a program a server or a browser would run; SVG only without script. And
 * the logo, on every page, weighs in every page's image budget.
 */
class AttachmentsTest {

    private static final String TEP = "communes/xa-mau/van-ban/tep/";

    @TempDir
    Path dir;

    private Run check(TestRepo repo) {
        return repo.run("check", "--as-of", TestRepo.AS_OF);
    }

    private static String rule(String line) {
        return line.replaceAll(".*\\[(.*)]( \\(.*\\))?$", "$1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx", "odt", "csv", "txt", "gif", "zip", "7z", "mp3", "mp4", "webm"}) // photos, PDFs: media tests
    void documentsImagesArchivesAudioAndVideoArePublished(String extension) {
        TestRepo repo = TestRepo.base(dir).write(TEP + "phu-luc." + extension, "nội dung");
        assertEquals(List.of(), check(repo).lines());
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        assertTrue(repo.path("target/site/xa-mau/van-ban/tep/phu-luc." + extension).toFile().isFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"php", "phtml", "php5", "jsp", "asp", "aspx", "cgi", "pl", "py", "js", "mjs", "exe", "bat", "ps1", "jar", "xml",
            "xsl", "swf", "hta", "wasm"})
    void whatAServerOrABrowserWouldRunIsAnError(String extension) {
        Run run = check(TestRepo.base(dir).write(TEP + "bieu-mau." + extension, "<?php system($_GET['c']); ?>"));
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(TEP + "bieu-mau." + extension + ": lỗi: tệp ." + extension + " là loại máy chủ web có thể chạy hay trình duyệt "
                + "hiện như một trang (ngoài các giới hạn an toàn của cổng), nên không được đăng: tài liệu thì đưa bản PDF; mã chương trình thì "
                + "không đặt trong thư mục của xã [executable-file]"), run.lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "htm", "shtml", "xhtml", "mht", "svgz", "SHTML"})
    void aPageIsAnErrorWhateverItsSpelling(String extension) {
        Run run = check(TestRepo.base(dir).write(TEP + "thong-bao." + extension, "<!--#exec cmd=\"ls\" -->"));
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith(TEP + "thong-bao." + extension + ": lỗi: không đăng tệp HTML")
                && line.endsWith("[html-file]")), run::toString);
    }

    @Test
    void aTypeTheProfileDoesNotListIsAnError() {
        Run run = check(TestRepo.base(dir).write(TEP + "du-lieu.json", "{}").write(TEP + "bao-cao", "không có đuôi"));
        assertEquals(List.of(
                TEP + "bao-cao: lỗi: tệp không có đuôi (như .pdf, .jpg) nên không biết là loại gì và không được đăng: thêm đuôi đúng loại tệp "
                        + "[attachment-type]",
                TEP + "du-lieu.json: lỗi: loại tệp .json không có trong danh sách tệp được đăng kèm của hồ sơ (7z, csv, doc, docx, gif, jpeg, jpg, "
                        + "m4a, mp3, mp4, odp, ods, odt, ogg, pdf, png, ppt, pptx, rar, rtf, svg, txt, wav, webm, webp, xls, xlsx, zip): lưu sang một "
                        + "loại trong danh sách (văn bản nên dùng PDF), hoặc nén thành ZIP [attachment-type]"), run.lines());
    }

    @Test
    void theAllowListIsTheProfilesAndNeverLetsAProgramIn() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("content/profile.yml", repo.read("content/profile.yml").replace("sections:\n",
                "attachments:\n  allowed: [pdf, json, PHP, .exe]\nsections:\n"));
        Run run = check(repo);
        assertEquals(List.of(
                "content/profile.yml:10: lỗi: đuôi tệp \".exe\" không hợp lệ: viết đuôi bằng chữ thường và số, không có dấu chấm, ví dụ pdf "
                        + "[profile-attachments]",
                "content/profile.yml:10: lỗi: loại tệp .php không bao giờ được đăng kèm: máy chủ web có thể chạy nó hay trình duyệt hiện nó như "
                        + "một trang; bỏ khỏi danh sách [profile-attachments]"), run.lines());
        repo.write("content/profile.yml", repo.read("content/profile.yml").replace("[pdf, json, PHP, .exe]", "[pdf, json]"));
        assertEquals(List.of(), check(repo.write(TEP + "du-lieu.json", "{}")).lines());
        assertEquals("attachment-type", rule(check(repo.write(TEP + "anh.png", "png")).lines().get(0)), "png is not in this profile's list");
    }

    @Test
    void aPlainSvgImageIsPublished() {
        TestRepo repo = TestRepo.base(dir).write(TEP + "ban-do.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <title>Bản đồ các thôn</title>
                  <style>.thon { fill: #a31d1d }</style>
                  <a xlink:href="../van-ban/qd-12.html"><path class="thon" d="M0 0h5v5z"/></a>
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
                </svg>
                """);
        assertEquals(List.of(), check(repo).lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>|<script>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script></svg>|<svg:script>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>|onload=\"…\"",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONMOUSEOVER=\"alert(1)\"/></svg>|ONMOUSEOVER=\"…\"",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\">x</body></foreignObject></svg>|<foreignObject>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\" java&#x09;script:alert(1)\">x</a></svg>|href=\" java\tscript:alert(1)\"",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/></svg>|href=\"data:image/svg+xml;base64,PHN2Zy8+\"",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"https://example.com\"/>x</a></svg>|<set attributeName=\"href\">",
            "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>|<!ENTITY>",
    })
    void anSvgThatCouldRunScriptIsAnError(String svgAndPart) {
        String[] parts = svgAndPart.split("\\|");
        Run run = check(TestRepo.base(dir).write(TEP + "ban-do.svg", parts[0]));
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(TEP + "ban-do.svg: lỗi: ảnh SVG có phần có thể chạy mã trên máy người xem (" + parts[1] + "): lưu lại ảnh không có mã "
                + "(ví dụ xuất dạng \"Plain SVG\"), hoặc dùng ảnh PNG [unsafe-svg]"), run.lines());
    }

    @Test
    void theLogoWeighsInEveryPage() { // as GIFs, published as they are: photos are resized (PhotosTest)
        TestRepo repo = TestRepo.base(dir).writeBytes("communes/xa-mau/anh/bieu-trung.gif", new byte[1100 * 1024]);
        repo.write("communes/xa-mau/commune.yml", repo.read("communes/xa-mau/commune.yml") + "logo: anh/bieu-trung.gif\n");
        Run run = check(repo);
        assertEquals(List.of("communes/xa-mau/commune.yml:10: lỗi: ảnh communes/xa-mau/anh/bieu-trung.gif hiện trên mọi trang của cổng; các "
                + "ảnh như vậy nặng tổng cộng 1100 KB, vượt mức 1024 KB cho một trang (người dân đọc trên điện thoại, mạng di động): thu nhỏ ảnh "
                + "(biểu trưng rộng khoảng 200 điểm ảnh là đủ), lưu dạng PNG, WEBP hay SVG [image-budget]"), run.lines());

        // A lighter logo and a heavy photo: together they are over the budget of the photo's page.
        repo.writeBytes("communes/xa-mau/anh/bieu-trung.gif", new byte[300 * 1024])
                .writeBytes("communes/xa-mau/tin-tuc/anh/hoi-nghi.gif", new byte[800 * 1024]);
        String news = "communes/xa-mau/tin-tuc/hoi-nghi.md";
        repo.write(news, repo.read(news) + "\n![Toàn cảnh hội nghị](anh/hoi-nghi.gif)\n");
        assertEquals(List.of(news + ": lỗi: các ảnh của trang này nặng tổng cộng 1100 KB (ảnh chụp tính theo bản điện thoại tải), vượt mức "
                + "1024 KB cho một trang (người dân đọc trên điện thoại, mạng di động): bớt ảnh hay chia thành nhiều bài; ảnh GIF không động thì "
                + "lưu lại dạng JPG hoặc PNG để cổng thu nhỏ được. Ảnh nặng nhất: communes/xa-mau/tin-tuc/anh/hoi-nghi.gif (800 KB) [image-budget]"),
                check(repo).lines());
    }
}
