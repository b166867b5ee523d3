package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * {@code new}, as an editor starts an article: the file lands in the section's folder with an ASCII name from the
 * title, today's date and every required field filled or marked; it is a draft, so the build goes on while it is
 * being written, and once filled in and undrafted it is published. On the district of 2023, on days of Nghị định 42/2022.
 */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void aNewDocumentIsADraftInItsSectionWithItsRequiredFieldsMarked() {
        TestRepo repo = TestRepo.district2023(dir);
        Run run = repo.run("new", "van-ban", "--commune", "chau-o", "--as-of", "2026-03-02", "Quyết định về việc: giao đất đai");
        assertEquals(0, run.exit(), run::toString);
        String path = "communes/chau-o/van-ban/quyet-dinh-ve-viec-giao-dat-dai.md";
        assertEquals(List.of(path), run.out().lines().toList());
        String text = repo.read(path);
        assertTrue(text.startsWith("---\ntitle: \"Quyết định về việc: giao đất đai\"\ndate: 2026-03-02\ndraft: true"), text);
        assertTrue(text.contains("\nso_ky_hieu:   # bắt buộc: Số ký hiệu\n"), text);
        assertTrue(text.contains("\nhinh_thuc:   # bắt buộc: Hình thức văn bản — một trong: Quyết định, "), text);
        assertTrue(text.contains("\nngay_ban_hanh: 2026-03-02\n"), text);

        // A draft with empty fields gives warnings, never a failed build.
        Run check = repo.run("check", "--commune", "chau-o", "--as-of", "2026-03-02");
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.lines().stream().anyMatch(l -> l.startsWith(path + ":") && l.contains("cảnh báo: thiếu trường bắt buộc \"so_ky_hieu\"")),
                check::toString);

        // Filled in and no longer a draft: published.
        repo.write(path, text.replace("draft: true   # bản nháp: xóa dòng này khi bài đã sẵn sàng đăng\n", "")
                .replace("so_ky_hieu:   # bắt buộc: Số ký hiệu", "so_ky_hieu: 230/QĐ-UBND")
                .replaceAll("hinh_thuc:   # .*", "hinh_thuc: Quyết định")
                .replaceAll("co_quan_ban_hanh:   # .*", "co_quan_ban_hanh: Ủy ban nhân dân thị trấn Châu Ổ")
                .replaceAll("(?m)^(\\w+):   # bắt buộc: .*$", "$1: Nội dung điền thử"));
        Run build = repo.run("build", "--as-of", "2026-03-02");
        assertEquals(0, build.exit(), build + "\n" + repo.read(path));
        assertTrue(repo.path("target/site/chau-o/van-ban/quyet-dinh-ve-viec-giao-dat-dai.html").toFile().isFile());
    }

    @Test
    void aSecondArticleWithTheSameTitleGetsItsOwnFile() {
        TestRepo repo = TestRepo.district2023(dir);
        String[] args = {"tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, "Đón Tết Đinh Mùi"};
        assertEquals(0, repo.run("new", args).exit());
        Run again = repo.run("new", args);
        // Numbered from 1, as the web editor numbers the same title: both name the file alike.
        assertEquals(List.of("communes/chau-o/tin-tuc/don-tet-dinh-mui-1.md"), again.out().lines().toList(), again::toString);
        Run third = repo.run("new", args);
        assertEquals(List.of("communes/chau-o/tin-tuc/don-tet-dinh-mui-2.md"), third.out().lines().toList(), third::toString);
    }

    /**
     * A long title names its file by its first 80 characters, as the web editor cuts it; a title of 81 characters is
     * kept whole by both. The file name stays far under what a file system takes.
     */
    @Test
    void aLongTitleNamesItsFileByItsFirstEightyCharacters() {
        TestRepo repo = TestRepo.district2023(dir);
        String longTitle = "Quyết định về việc phê duyệt kế hoạch sử dụng đất năm 2026 và điều chỉnh quy hoạch chi tiết khu dân cư Châu Ổ";
        String eightyOne = "Thông báo kết quả lựa chọn nhà thầu gói thầu số 3 xây lắp đường giao thông thôn 1";
        assertEquals(81, eightyOne.length());
        Run cut = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, longTitle);
        assertEquals(List.of("communes/chau-o/tin-tuc/" + vn.congxa.content.Slugs.slugify(longTitle.substring(0, 80)) + ".md"),
                cut.out().lines().toList(), cut::toString);
        assertTrue(cut.out().strip().endsWith("-quy-hoa.md"), "cut where the 80th character falls, as the web editor cuts: " + cut.out());
        Run whole = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, eightyOne);
        assertEquals(List.of("communes/chau-o/tin-tuc/" + vn.congxa.content.Slugs.slugify(eightyOne) + ".md"), whole.out().lines().toList(),
                whole::toString);
    }

    @Test
    void aWeeklyScheduleStartsWithThisWeekAndARowToFill() {
        TestRepo repo = TestRepo.district2023(dir);
        Run run = repo.run("new", "lich-cong-tac", "--commune", "chau-o", "--as-of", "2026-03-02", "Lịch công tác tuần 10");
        assertEquals(0, run.exit(), run::toString);
        String text = repo.read("communes/chau-o/lich-cong-tac/lich-cong-tac-tuan-10.md");
        assertTrue(text.contains("\ntuan: 2026-W10\n"), text);
        assertTrue(text.contains("\n  - ngay: 2026-03-02\n    gio:   # bắt buộc: Giờ\n"), text);
    }

    @Test
    void anUnknownKindCommuneOrAnAmbiguousSectionIsRefusedWithTheChoices() {
        TestRepo repo = TestRepo.district2023(dir);
        Run kind = repo.run("new", "bai-viet", "--commune", "chau-o", "Tiêu đề");
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("không có loại nội dung \"bai-viet\"; các loại hiện có: trang, tin-bai, van-ban"), kind::toString);
        Run commune = repo.run("new", "tin-bai", "--commune", "chau-oo", "Tiêu đề");
        assertEquals(2, commune.exit());
        assertTrue(commune.err().contains("không có đơn vị \"chau-oo\" trong thư mục communes/; các đơn vị hiện có: binh-chau, binh-thanh, chau-o"),
                commune::toString);
        Run section = repo.run("new", "trang", "--commune", "chau-o", "--as-of", TestRepo.AUDIT_AS_OF, "Tiêu đề");
        assertEquals(2, section.exit());
        assertTrue(section.err().contains("có nhiều chuyên mục thuộc loại \"trang\": gioi-thieu, gioi-thieu/co-cau-to-chuc"), section::toString);
        Run chosen = repo.run("new", "trang", "--commune", "chau-o", "--section", "lien-he", "--as-of", TestRepo.AUDIT_AS_OF, "Đường dây nóng");
        assertEquals(List.of("communes/chau-o/lien-he/duong-day-nong.md"), chosen.out().lines().toList(), chosen::toString);
    }

    @Test
    void anEmptyOrBlankTitleIsAUsageError() {
        TestRepo repo = TestRepo.district2023(dir);
        for (String title : List.of("", "   ", "\t", "???", "– – –")) {
            Run run = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, title);
            assertEquals(2, run.exit(), () -> "\"" + title + "\"\n" + run);
            assertTrue(run.err().contains("cần tiêu đề bài, có chữ hay số, đặt trong ngoặc kép, ví dụ: new tin-bai --commune chau-o \"Họp dân thôn 3\""),
                    run::toString);
            assertEquals("", run.out(), "nothing written");
        }
        Run english = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, "--lang", "en", " ");
        assertTrue(english.err().contains("give the item's title, with letters or digits, in quotes"), english::toString);
    }

    /** A title may slug to a name the site or Windows keeps for itself: the file gets the next free one. */
    @Test
    void aNewItemNeverTakesAReservedName() {
        TestRepo repo = TestRepo.district2023(dir);
        for (String[] titleAndName : List.of(new String[] {"Trang 2", "trang-2-1.md"}, new String[] {"Năm 2025", "nam-2025-1.md"},
                new String[] {"Index", "index-1.md"}, new String[] {"Con", "con-1.md"}, new String[] {"NUL", "nul-1.md"},
                new String[] {"Trang 3", "trang-3-1.md"})) {
            Run run = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, titleAndName[0]);
            assertEquals(List.of("communes/chau-o/tin-tuc/" + titleAndName[1]), run.out().lines().toList(), run::toString);
        }
        Run check = repo.run("check", "--commune", "chau-o", "--as-of", TestRepo.AUDIT_AS_OF);
        assertTrue(check.lines().stream().noneMatch(line -> line.contains("[reserved-name]") || line.contains("[file-name]")), check::toString);
    }

    @Test
    void aLongTitleMakesANameCutAtAWord() {
        TestRepo repo = TestRepo.district2023(dir);
        String title = "Kế hoạch tổ chức các hoạt động ".repeat(20) + "năm 2027";
        Run run = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, title);
        assertEquals(0, run.exit(), run::toString);
        String name = run.out().strip().substring("communes/chau-o/tin-tuc/".length());
        assertTrue(name.length() <= 83 && name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.md"), name);
        assertTrue(repo.read(run.out().strip()).contains("title: \"" + title.strip() + "\""));
    }

    @Test
    void aTitleOnSeveralLinesIsWrittenOnOne() {
        TestRepo repo = TestRepo.district2023(dir);
        Run run = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AUDIT_AS_OF, "Họp dân\nthôn 3");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(repo.read(run.out().strip()).startsWith("---\ntitle: \"Họp dân thôn 3\"\ndate: "), repo.read(run.out().strip()));
        assertEquals(0, repo.run("check", "--commune", "chau-o", "--as-of", TestRepo.AUDIT_AS_OF).exit());
    }
}
