package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.content.RepositoryReader;
import vn.congxa.profile.Attachments;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.search.SearchIndex;
import vn.congxa.site.Output;
import vn.congxa.site.Page;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;

/**
 * No file of a commune can take the place of a page the site makes itself, or carry a name Windows refuses; files
 * the system or an editor's program leaves behind get advice that fits them, and no advice renames a file onto another.
 */
class NamesTest {

    @TempDir
    Path dir;

    private Run check(TestRepo repo) {
        return repo.run("check", "--as-of", TestRepo.AS_OF);
    }

    private static String article(String title) {
        return "---\ntitle: " + title + "\ndate: 2026-11-20\n---\nNội dung.\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tin-tuc/trang-2.md   | tin-tuc/trang-2.html  | trang 2 của danh sách bài trong tin-tuc/  | tin-tuc/thong-bao-so-2.md",
            "tin-tuc/nam-2025.md  | tin-tuc/nam-2025.html | trang lưu trữ năm 2025 của tin-tuc/      | tin-tuc/thong-bao-so-2.md",
            "so-do-cong.md        | so-do-cong.html       | trang Sơ đồ cổng                         | thong-bao-so-2.md",
    })
    void anItemCannotBePublishedAtTheAddressOfAGeneratedPage(String file, String page, String generated, String suggested) {
        String path = "communes/xa-mau/" + file;
        Run run = check(TestRepo.base(dir).write(path, article("Thông báo số 2")));
        assertEquals(1, run.exit(), run::toString);
        String name = file.substring(file.lastIndexOf('/') + 1);
        assertTrue(run.lines().contains(path + ": lỗi: \"" + name + "\" sẽ được đăng thành " + page + ", trùng với " + generated
                + " do cổng tự tạo: đổi tên, ví dụ \"" + suggested.substring(suggested.lastIndexOf('/') + 1) + "\" [reserved-name]"), run::toString);
    }

    @Test
    void theSuggestedNameIsFreeAndNoGeneratedPage() {
        // Titled like the page it would replace, next to a file with the next name: the advice skips both.
        String path = "communes/xa-mau/tin-tuc/trang-2.md";
        Run run = check(TestRepo.base(dir).write(path, article("Trang 2")).write("communes/xa-mau/tin-tuc/trang-2-2.md", article("Khác")));
        assertEquals(List.of(path + ": lỗi: \"trang-2.md\" sẽ được đăng thành tin-tuc/trang-2.html, trùng với trang 2 của danh sách bài trong "
                + "tin-tuc/ do cổng tự tạo: đổi tên, ví dụ \"trang-2-3.md\" [reserved-name]"), run.lines());
    }

    /** Outside the reserved folders, the site makes only HTML and XML files, which a commune never publishes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "feed.xml         | executable-file",
            "atom.xml         | executable-file",
            "sitemap.xml      | executable-file",
            "tin-tuc/feed.xml | executable-file",
            "tin-tuc/atom.xml | executable-file",
            "tin-tuc/index.html | html-file",
            "so-do-cong.html  | html-file",
    })
    void aFileCannotReplaceAGeneratedOne(String file, String rule) {
        String path = "communes/xa-mau/" + file;
        Run run = check(TestRepo.base(dir).write(path, "<rss/>"));
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(rule), run.lines().stream().map(line -> line.replaceAll(".*\\[(.*)]$", "$1")).toList(), run::toString);
    }

    /** JSON is no page and no program: a profile may let communes publish it, but not where the JSON Feeds are. */
    @Test
    void anAttachmentCannotTakeThePlaceOfAJsonFeed() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("content/profile.yml", repo.read("content/profile.yml").replace("sections:\n", "attachments:\n  allowed: [pdf, json]\nsections:\n"));
        Run run = check(repo.write("communes/xa-mau/tin-tuc/feed.json", "{}").write("communes/xa-mau/feed.json", "{}")
                .write("communes/xa-mau/tin-tuc/du-lieu.json", "{}"));
        assertEquals(List.of(
                "communes/xa-mau/feed.json: lỗi: \"feed.json\" sẽ được đăng thành feed.json, trùng với tin JSON Feed của cổng do cổng tự tạo: "
                        + "đổi tên, ví dụ \"feed-2.json\" [reserved-name]",
                "communes/xa-mau/tin-tuc/feed.json: lỗi: \"feed.json\" sẽ được đăng thành tin-tuc/feed.json, trùng với tin JSON Feed của tin-tuc/ "
                        + "do cổng tự tạo: đổi tên, ví dụ \"feed-2.json\" [reserved-name]"), run.lines());
    }

    /** A text file or an icon of a commune would be published where the site writes robots.txt, its icon, a tag's page. */
    @Test
    void anAttachmentCannotTakeThePlaceOfRobotsTxtTheIconOrTheTagsPages() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("content/profile.yml", repo.read("content/profile.yml").replace("sections:\n", "attachments:\n  allowed: [pdf, txt, ico]\nsections:\n"));
        Run run = check(repo.write("communes/xa-mau/robots.txt", "User-agent: *").write("communes/xa-mau/favicon.ico", "ico")
                .write("communes/xa-mau/the/danh-sach.txt", "x"));
        assertEquals(List.of(
                "communes/xa-mau/favicon.ico: lỗi: \"favicon.ico\" sẽ được đăng thành favicon.ico, trùng với biểu tượng của cổng trên trình "
                        + "duyệt do cổng tự tạo: đổi tên, ví dụ \"favicon-2.ico\" [reserved-name]",
                "communes/xa-mau/robots.txt: lỗi: \"robots.txt\" sẽ được đăng thành robots.txt, trùng với robots.txt cho máy tìm kiếm do cổng "
                        + "tự tạo: đổi tên, ví dụ \"robots-2.txt\" [reserved-name]",
                "communes/xa-mau/the: lỗi: thư mục \"the\" trùng với trang của các từ khóa (thư mục the/) do cổng tự tạo: đổi tên thư mục, "
                        + "ví dụ \"the-2\" [reserved-name]"), run.lines());
    }

    @Test
    void theFoldersOfTheSearchAndTheThemeAreReportedOnce() {
        Run run = check(TestRepo.base(dir)
                .write("communes/xa-mau/assets/style.css", "body { display: none }")
                .write("communes/xa-mau/assets/logo.gif", "gif")
                .write("communes/xa-mau/tim-kiem/chi-muc.js", "alert(1)"));
        assertEquals(List.of(
                "communes/xa-mau/assets: lỗi: thư mục \"assets\" trùng với giao diện của cổng (thư mục assets/) do cổng tự tạo: đổi tên thư mục, "
                        + "ví dụ \"assets-2\" [reserved-name]",
                "communes/xa-mau/assets/style.css: lỗi: loại tệp .css không có trong danh sách tệp được đăng kèm của hồ sơ (7z, csv, doc, docx, "
                        + "gif, jpeg, jpg, m4a, mp3, mp4, odp, ods, odt, ogg, pdf, png, ppt, pptx, rar, rtf, svg, txt, wav, webm, webp, xls, xlsx, zip): "
                        + "lưu sang một loại trong danh sách (văn bản nên dùng PDF), hoặc nén thành ZIP [attachment-type]",
                "communes/xa-mau/tim-kiem: lỗi: thư mục \"tim-kiem\" trùng với trang Tìm kiếm và chỉ mục của nó (thư mục tim-kiem/) do cổng tự "
                        + "tạo: đổi tên thư mục, ví dụ \"tim-kiem-2\" [reserved-name]",
                "communes/xa-mau/tim-kiem/chi-muc.js: lỗi: tệp .js là loại máy chủ web có thể chạy hay trình duyệt hiện như một trang (ngoài các "
                        + "giới hạn an toàn của cổng), nên không được đăng: tài liệu thì đưa bản PDF; mã chương trình thì không đặt trong thư mục của xã "
                        + "[executable-file]"),
                run.lines().stream().filter(line -> !line.contains("[unknown-folder]")).toList());
    }

    @Test
    void aUnitCannotBeNamedLikeTheHubsOwnFolders() {
        TestRepo repo = TestRepo.base(dir);
        for (String[] folder : new String[][] {{"bao-cao", "báo cáo đánh giá năm các cổng"},
                {"tim-kiem", "trang tìm kiếm trên cổng các đơn vị của trang tổng hợp"}, {"assets", "giao diện của trang tổng hợp"}}) {
            TestRepo.copyTree(repo.path("communes/xa-mau"), repo.path("communes/" + folder[0]));
            Run run = repo.run("check", "--commune", folder[0], "--as-of", TestRepo.AS_OF);
            assertTrue(run.lines().contains("communes/" + folder[0] + ": lỗi: thư mục xã \"" + folder[0] + "\" trùng với " + folder[1]
                    + " (thư mục " + folder[0] + "/), nằm cạnh cổng của các xã: đổi tên thư mục, ví dụ \"xa-" + folder[0] + "\" [reserved-name]"),
                    run::toString);
            TestRepo.deleteTree(repo.path("communes/" + folder[0]));
        }
    }

    @Test
    void aNameWindowsRefusesIsAnError() {
        Run run = check(TestRepo.base(dir).write("communes/xa-mau/tin-tuc/con.md", article("Con đường"))
                .write("communes/xa-mau/van-ban/tep/nul.txt", "văn bản"));
        assertEquals(List.of(
                "communes/xa-mau/tin-tuc/con.md: lỗi: tên \"con.md\" là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): "
                        + "máy Windows không mở, lưu hay tải kho về được; đổi tên, ví dụ \"con-2.md\" [reserved-name]",
                "communes/xa-mau/van-ban/tep/nul.txt: lỗi: tên \"nul.txt\" là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): "
                        + "máy Windows không mở, lưu hay tải kho về được; đổi tên, ví dụ \"nul-2.txt\" [reserved-name]"), run.lines());
    }

    /** Every page a planned site has, other than the items' own, is one no item or file may take. */
    @Test
    void everyGeneratedPathIsReserved() {
        TestRepo repo = TestRepo.sample(dir);
        // Enough news for a second listing page, from two years for the archives.
        IntStream.rangeClosed(1, 25).forEach(n -> repo.write("communes/binh-son/tin-tuc/tin-so-" + n + ".md",
                "---\ntitle: Tin số " + n + "\ndate: " + (n % 2 == 0 ? "2025" : "2026") + "-10-" + String.format("%02d", n) + "\n---\nTin.\n"));
        ProfileLoader.Loaded loaded = ProfileLoader.load(repo.root());
        LocalDate asOf = LocalDate.parse(TestRepo.SAMPLE_AS_OF);
        CheckResult result = Checker.check(RepositoryReader.read(repo.root(), RepositoryReader.communeSlugs(repo.root()), 1), loaded.inForce(asOf).orElseThrow(),
                loaded.kinds().orElseThrow(), java.util.Optional.empty(), asOf, Checker.Drafts.LEFT_OUT, 1, () -> History.NONE,
                vn.congxa.check.ReadBodies.NONE);
        assertTrue(result.findings().isEmpty(), result.findings()::toString);
        int generated = 0;
        for (Commune commune : result.communes()) {
            Site site = SitePlanner.plan(commune, java.util.Optional.empty(), asOf);
            for (Page page : site.pages()) {
                if (page.type() != Page.Type.ENTRY && page.type() != Page.Type.PAGE) {
                    generated++;
                    assertTrue(GeneratedPaths.generatedAt(page.output()).isPresent(), page.output());
                }
            }
            for (Output output : site.outputs()) {
                generated++;
                assertTrue(GeneratedPaths.generatedAt(output.path()).isPresent(), output.path());
            }
        }
        assertTrue(generated > 100, "listings, archives, feeds, site maps… of the sample's units: " + generated);
        assertTrue(GeneratedPaths.generatedAt(SearchIndex.FILE).isPresent());
        assertTrue(GeneratedPaths.generatedAt("assets/style.css").isPresent(), "the theme");
    }

    /**
     * Files are kept off the generated pages by their type, or by their folder. The files of the output formats are of
     * such a type, or in such a folder, or (the JSON Feeds, robots.txt) reserved by their path, which attachments are checked
     * against.
     */
    @Test
    void everyGeneratedFileIsOfATypeNoCommunePublishesOrInAReservedFolder() {
        TestRepo repo = TestRepo.sample(dir);
        ProfileLoader.Loaded loaded = ProfileLoader.load(repo.root());
        LocalDate asOf = LocalDate.parse(TestRepo.SAMPLE_AS_OF);
        CheckResult result = Checker.check(RepositoryReader.read(repo.root(), RepositoryReader.communeSlugs(repo.root()), 1), loaded.inForce(asOf).orElseThrow(),
                loaded.kinds().orElseThrow(), java.util.Optional.empty(), asOf, Checker.Drafts.LEFT_OUT, 1, () -> History.NONE,
                vn.congxa.check.ReadBodies.NONE);
        for (Commune commune : result.communes()) {
            Site site = SitePlanner.plan(commune, java.util.Optional.empty(), asOf);
            for (Page page : site.pages()) {
                String first = page.output().contains("/") ? page.output().substring(0, page.output().indexOf('/')) : "";
                assertTrue(Attachments.NEVER.contains(Attachments.extension(page.output())) || GeneratedPaths.isReservedFolder(first), page.output());
            }
            for (Output output : site.outputs()) {
                String first = output.path().contains("/") ? output.path().substring(0, output.path().indexOf('/')) : "";
                assertTrue(Attachments.NEVER.contains(Attachments.extension(output.path())) || GeneratedPaths.isReservedFolder(first)
                        || GeneratedPaths.generatedAt(output.path()).isPresent(), output.path());
            }
        }
    }

    @Test
    void filesLeftBehindAreNotPublishedAndGetAdviceThatFits() {
        TestRepo repo = TestRepo.base(dir)
                .write("communes/xa-mau/tin-tuc/Thumbs.db", "thumbnails")
                .write("communes/xa-mau/van-ban/tep/desktop.ini", "[.ShellClassInfo]")
                .write("communes/xa-mau/van-ban/tep/~$-12.docx", "lock")
                .write("communes/xa-mau/tin-tuc/hoi-nghi.md~", article("Hội nghị (bản cũ)"))
                .write("communes/xa-mau/tin-tuc/.DS_Store", "mac");
        Run run = check(repo);
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of(
                "communes/xa-mau/tin-tuc/Thumbs.db: cảnh báo: tệp \"Thumbs.db\" do Windows tự tạo cho thư mục (ảnh thu nhỏ, cách hiện thư mục), "
                        + "không phải nội dung và không được đăng: xóa tệp [junk-file]",
                "communes/xa-mau/tin-tuc/hoi-nghi.md~: cảnh báo: tệp \"hoi-nghi.md~\" là bản sao lưu tự động của trình soạn thảo, không được "
                        + "đăng: xóa tệp (đừng đổi tên nó, kẻo đè lên bản đang dùng) [junk-file]",
                "communes/xa-mau/van-ban/tep/desktop.ini: cảnh báo: tệp \"desktop.ini\" do Windows tự tạo cho thư mục (ảnh thu nhỏ, cách hiện "
                        + "thư mục), không phải nội dung và không được đăng: xóa tệp [junk-file]",
                "communes/xa-mau/van-ban/tep/~$-12.docx: cảnh báo: tệp \"~$-12.docx\" là tệp khóa tạm mà Word, Excel hay PowerPoint tạo khi đang "
                        + "mở một tài liệu, không được đăng: đóng tài liệu rồi xóa tệp này nếu còn (đừng đổi tên nó thành tài liệu) [junk-file]"),
                run.lines());
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        for (String junk : List.of("tin-tuc/Thumbs.db", "van-ban/tep/desktop.ini", "van-ban/tep/~$-12.docx", "tin-tuc/hoi-nghi.md~", "tin-tuc/.DS_Store")) {
            assertTrue(!repo.path("target/site/xa-mau/" + junk).toFile().exists(), junk + " is not published");
        }
    }

    @Test
    void anArticleSavedUnderAnotherExtensionIsToBeRenamedNeverOntoAnother() {
        TestRepo repo = TestRepo.base(dir)
                .write("communes/xa-mau/tin-tuc/Họp dân.md.txt", article("Họp dân"))
                .write("communes/xa-mau/tin-tuc/le-hoi.markdown", article("Lễ hội"))
                .write("communes/xa-mau/tin-tuc/thong-bao.MD", article("Thông báo"))
                .write("communes/xa-mau/tin-tuc/hoi-nghi.txt", article("Hội nghị (bản lưu nhầm)"))
                .write("communes/xa-mau/van-ban/tep/ghi-chu.txt", "Một tệp chữ đính kèm, không phải bài.");
        Run run = check(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(
                "communes/xa-mau/tin-tuc/Họp dân.md.txt: lỗi: tệp \"Họp dân.md.txt\" là một bài nhưng tên không có đuôi .md nên không được đăng: "
                        + "đổi tên thành \"hop-dan.md\" [article-not-md]",
                "communes/xa-mau/tin-tuc/hoi-nghi.txt: lỗi: tệp \"hoi-nghi.txt\" là một bài nhưng tên không có đuôi .md nên không được đăng; đã "
                        + "có \"hoi-nghi.md\" ở cùng thư mục: so sánh hai tệp, giữ nội dung đúng trong \"hoi-nghi.md\" rồi xóa tệp này [article-not-md]",
                "communes/xa-mau/tin-tuc/le-hoi.markdown: lỗi: tệp \"le-hoi.markdown\" là một bài nhưng tên không có đuôi .md nên không được "
                        + "đăng: đổi tên thành \"le-hoi.md\" [article-not-md]",
                "communes/xa-mau/tin-tuc/thong-bao.MD: lỗi: tệp \"thong-bao.MD\" là một bài nhưng tên không có đuôi .md nên không được đăng: "
                        + "đổi tên thành \"thong-bao.md\" [article-not-md]"),
                run.lines());
    }

    @Test
    void aFileToRenameIsToldOfTheFileAlreadyThere() {
        TestRepo repo = TestRepo.base(dir);
        Run run = check(repo.writeBytes("communes/xa-mau/van-ban/tep/QD-12.pdf", bytes(repo, "communes/xa-mau/van-ban/tep/qd-12.pdf")));
        assertEquals(List.of("communes/xa-mau/van-ban/tep/QD-12.pdf: lỗi: tên \"QD-12.pdf\" phải viết chữ thường không dấu, các từ nối bằng "
                + "dấu gạch ngang, nhưng đã có \"qd-12.pdf\" ở cùng thư mục: nếu hai tệp là một, giữ \"qd-12.pdf\" và xóa tệp này; nếu khác, "
                + "đổi tên thành \"qd-12-2.pdf\" [file-name]"), run.lines());
    }

    private static byte[] bytes(TestRepo repo, String file) {
        try {
            return java.nio.file.Files.readAllBytes(repo.path(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
