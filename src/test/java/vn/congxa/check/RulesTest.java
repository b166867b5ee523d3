package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The rules on sections and fields, through the command line an editor runs, with their exact messages, exit codes
 * and legal bases. Malformed and hostile files are in the corpus of {@link BadInputCorpusTest}.
 */
class RulesTest {

    @TempDir
    Path dir;

    private static final String DOC = "communes/xa-mau/van-ban/qd-12.md";

    private Run check(TestRepo repo, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--as-of";
        args[1] = TestRepo.AS_OF;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return repo.run("check", args);
    }

    private static void assertFinding(Run run, int exit, String line) {
        assertEquals(exit, run.exit(), run::toString);
        assertTrue(run.lines().contains(line), () -> "expected the line\n" + line + "\n" + run);
    }

    @Test
    void theBaseFixtureIsClean() {
        Run run = check(TestRepo.base(dir));
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of(), run.lines());
        assertTrue(run.err().contains("Kiểm tra xong: 0 lỗi, 0 cảnh báo."), run::toString);
    }

    @Test
    void aMissingRequiredSectionNamesItsFolderTitleAndBasis() {
        Run run = check(TestRepo.base(dir).delete("communes/xa-mau/van-ban"));
        assertFinding(run, 1, "communes/xa-mau/van-ban: lỗi: thiếu chuyên mục bắt buộc \"Văn bản\": tạo thư mục van-ban/ "
                + "và đăng ít nhất 2 bài có nội dung [missing-section] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aMissingChildSectionIsReportedWithItsPath() {
        Run run = check(TestRepo.base(dir).delete("communes/xa-mau/gioi-thieu/lanh-dao"));
        assertFinding(run, 1, "communes/xa-mau/gioi-thieu/lanh-dao: lỗi: thiếu chuyên mục bắt buộc \"Lãnh đạo\": tạo thư mục "
                + "gioi-thieu/lanh-dao/ và đăng ít nhất 1 bài có nội dung [missing-section] (điểm e khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aSectionWithOnlyItsLandingPageAndAnEmptyItemIsEmpty() {
        TestRepo repo = TestRepo.base(dir).delete("communes/xa-mau/van-ban/kh-30.md")
                .write("communes/xa-mau/van-ban/qd-12.md", """
                        ---
                        title: Quyết định chưa có nội dung
                        date: 2026-10-05
                        hinh_thuc: Quyết định
                        so_ky_hieu: 12/QĐ-UBND
                        ngay_ban_hanh: 2026-10-01
                        ---

                        """);
        Run run = check(repo);
        assertFinding(run, 1, "communes/xa-mau/van-ban: lỗi: chuyên mục bắt buộc \"Văn bản\" mới có 0 bài đã đăng có nội dung, "
                + "cần ít nhất 2: đăng thêm bài (bản nháp, bài không có nội dung và trang index.md không được tính) "
                + "[too-few-items] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
        assertFinding(run, 1, DOC + ":8: cảnh báo: bài không có nội dung nên không được tính vào chuyên mục \"Văn bản\": "
                + "viết nội dung bên dưới dòng --- thứ hai [empty-body]");
    }

    @Test
    void deletingEveryItemOfARequiredSectionFailsEvenWhenTheFolderStays() {
        TestRepo repo = TestRepo.base(dir).delete("communes/xa-mau/van-ban/kh-30.md").delete(DOC);
        Run run = check(repo);
        assertFinding(run, 1, "communes/xa-mau/van-ban: lỗi: chuyên mục bắt buộc \"Văn bản\" mới có 0 bài đã đăng có nội dung, "
                + "cần ít nhất 2: đăng thêm bài (bản nháp, bài không có nội dung và trang index.md không được tính) "
                + "[too-few-items] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void draftsDoNotCountTowardTheMinimum() {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/van-ban/kh-30.md",
                TestRepo.base(dir.resolve("copy")).read("communes/xa-mau/van-ban/kh-30.md").replace("---\nKế", "draft: true\n---\nKế"));
        Run run = check(repo);
        assertFinding(run, 1, "communes/xa-mau/van-ban: lỗi: chuyên mục bắt buộc \"Văn bản\" mới có 1 bài đã đăng có nội dung, "
                + "cần ít nhất 2: đăng thêm bài (bản nháp, bài không có nội dung và trang index.md không được tính) "
                + "[too-few-items] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aMissingFieldOfTheKindIsAnErrorOnItsFileWithTheSectionBasis() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("so_ky_hieu: 12/QĐ-UBND\n", ""));
        assertFinding(check(repo), 1, DOC + ":2: lỗi: thiếu trường bắt buộc \"so_ky_hieu\" (Số ký hiệu): thêm dòng "
                + "\"so_ky_hieu: …\" vào phần đầu, giữa hai dòng --- [missing-field] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aDateInAnotherFormatOrThatDoesNotExistIsAnError() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("date: 2026-10-05", "date: 05/10/2026").replace("ngay_ban_hanh: 2026-10-01", "ngay_ban_hanh: 2026-02-31"));
        Run run = check(repo);
        assertFinding(run, 1, DOC + ":3: lỗi: ngày \"05/10/2026\" của trường \"date\" sai định dạng: viết theo dạng năm-tháng-ngày "
                + "YYYY-MM-DD, ví dụ 2026-03-15 [invalid-date] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
        assertFinding(run, 1, DOC + ":6: lỗi: ngày \"2026-02-31\" của trường \"ngay_ban_hanh\" không có trên lịch: kiểm tra lại "
                + "ngày và tháng [invalid-date] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aValueOfTheWrongTypeIsAnError() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("so_ky_hieu: 12/QĐ-UBND", "so_ky_hieu: [12, QĐ]").replace("title: Quyết", "draft: có\ntitle: Quyết"));
        Run run = check(repo);
        assertFinding(run, 1, DOC + ":2: lỗi: trường \"draft\" (Bản nháp) phải là true hoặc false, không phải \"có\" [wrong-type] "
                + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
        assertFinding(run, 1, DOC + ":6: lỗi: trường \"so_ky_hieu\" (Số ký hiệu) phải là một giá trị chữ, không phải danh sách "
                + "hay nhóm [wrong-type] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aValueOutsideTheAllowedListSuggestsTheNearest() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("hinh_thuc: Quyết định", "hinh_thuc: Quyet dinh"));
        assertFinding(check(repo), 1, DOC + ":4: lỗi: giá trị \"Quyet dinh\" của trường \"hinh_thuc\" không được chấp nhận. "
                + "Có phải ý bạn là \"Quyết định\"? [invalid-value] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void anUnknownFieldIsAWarningWithTheNearestKnownKey() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("so_ky_hieu:", "so_ki_hieu: 13/QĐ\nso_ky_hieu:"));
        Run run = check(repo);
        assertFinding(run, 0, DOC + ":5: cảnh báo: trường \"so_ki_hieu\" không có trong loại nội dung này nên bị bỏ qua. "
                + "Có phải ý bạn là \"so_ky_hieu\"? [unknown-field]");
    }

    @Test
    void aFileInAFolderTheProfileDoesNotKnowIsAWarningWithTheNearestSlug() {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/van-bna/thong-bao.md", "---\ntitle: Thông báo\ndate: 2026-11-01\n---\nNội dung.\n");
        assertFinding(check(repo), 0, "communes/xa-mau/van-bna: cảnh báo: thư mục \"van-bna\" không thuộc chuyên mục nào của hồ sơ "
                + "nên các bài trong đó không được đăng. Có phải ý bạn là \"van-ban\"? [unknown-folder]");
    }

    @Test
    void anUpperCaseFolderIsReportedOnceNotForEachFile() {
        TestRepo repo = TestRepo.base(dir)
                .write("communes/xa-mau/Tin-Tuc/a.md", "---\ntitle: A\ndate: 2026-11-01\n---\nA.\n")
                .write("communes/xa-mau/Tin-Tuc/b.md", "---\ntitle: B\ndate: 2026-11-01\n---\nB.\n");
        Run run = check(repo);
        assertFinding(run, 1, "communes/xa-mau/Tin-Tuc: lỗi: tên \"Tin-Tuc\" phải viết chữ thường không dấu, các từ nối bằng dấu "
                + "gạch ngang: đổi tên thành \"tin-tuc\" [file-name]");
        assertEquals(1, run.lines().stream().filter(l -> l.contains("[file-name]")).count(), run::toString);
    }

    @Test
    void theProfileSetsTheSeverityOfFreshness() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("content/profile.yml", repo.read("content/profile.yml").replace("    max_age_days: 180\n", "    max_age_days: 180\n    freshness_severity: warning\n"));
        Run run = repo.run("check", "--as-of", "2027-06-01");
        assertFinding(run, 0, "communes/xa-mau/van-ban: cảnh báo: chuyên mục \"Văn bản\" không được cập nhật: bài mới nhất đăng ngày "
                + "05/10/2026, đã 239 ngày tính đến 01/06/2027, quá thời hạn 180 ngày: đăng bài mới [stale-section] "
                + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void aDocumentPublishedLaterThanTheProfileAllowsIsFlaggedWithItsBasis() {
        TestRepo repo = TestRepo.base(dir);
        // Issued on Monday 21/09, published on Monday 05/10: ten working days later.
        repo.write(DOC, repo.read(DOC).replace("ngay_ban_hanh: 2026-10-01", "ngay_ban_hanh: 2026-09-21"));
        assertFinding(check(repo), 0, DOC + ":3: cảnh báo: bài đăng ngày 05/10/2026, sau ngày ban hành 21/09/2026 là 10 ngày làm việc, "
                + "quá thời hạn 5 ngày làm việc: lần sau đăng sớm hơn, hoặc sửa ngày nếu ghi nhầm [late-publication] "
                + "(khoản 4 Điều 18 Luật Tiếp cận thông tin 104/2016/QH13)");
    }

    private static final String SCHEDULE = TestRepo.SCHEDULE;

    private static String schedule(String week, String rows) {
        return TestRepo.schedule(week, rows);
    }

    @Test
    void aScheduleIsCheckedRowByRow() {
        TestRepo repo = TestRepo.base(dir).write(SCHEDULE, schedule("2026-W54", """
                  - ngay: 2026-11-23
                    gio: "07:30"
                    noi_dung: Giao ban đầu tuần
                  - ngay: 2026-11-31
                    gio: "14:00"
                """));
        Run run = check(repo);
        assertFinding(run, 1, SCHEDULE + ":4: lỗi: tuần \"2026-W54\" của trường \"tuan\" không hợp lệ: viết theo dạng năm-W-số tuần, "
                + "ví dụ 2026-W48 (tuần từ 23/11 đến 29/11/2026) [invalid-week]");
        assertFinding(run, 1, SCHEDULE + ":9: lỗi: ngày \"2026-11-31\" của trường \"ngay\" không có trên lịch: kiểm tra lại ngày và tháng [invalid-date]");
        assertFinding(run, 1, SCHEDULE + ":9: lỗi: thiếu trường bắt buộc \"noi_dung\" (Nội dung): thêm dòng \"noi_dung: …\" vào phần đầu, "
                + "giữa hai dòng --- [missing-field]");
        // With its week unreadable, the section has no schedule for the current week either.
        assertFinding(run, 1, "communes/xa-mau/lich-cong-tac: cảnh báo: chuyên mục \"Lịch công tác\" chưa có lịch của tuần hiện tại "
                + "(2026-W48, từ 23/11/2026 đến 29/11/2026): đăng lịch tuần này với tuan: 2026-W48 [not-current-week]");
        assertEquals(4, run.lines().size(), run::toString);
    }

    @Test
    void aScheduleThatIsNotAListOfRowsIsAnError() {
        TestRepo repo = TestRepo.base(dir).write(SCHEDULE, schedule("2026-W48", "  Thứ Hai họp giao ban\n"));
        assertFinding(check(repo), 1, SCHEDULE + ":6: lỗi: trường \"lich\" (Lịch công tác) phải là danh sách các mục, mỗi mục bắt đầu "
                + "bằng dấu gạch ngang và gồm các dòng \"tên: giá trị\" [wrong-type]");
    }

    @Test
    void aScheduleSectionWithoutTheCurrentWeekIsPointedOut() {
        TestRepo repo = TestRepo.base(dir).write(SCHEDULE, schedule("2026-W48", "  - ngay: 2026-11-23\n    gio: \"07:30\"\n    noi_dung: Giao ban\n"));
        assertEquals(List.of(), check(repo).lines());
        Run nextWeek = repo.run("check", "--as-of", "2026-12-02");
        assertFinding(nextWeek, 0, "communes/xa-mau/lich-cong-tac: cảnh báo: chuyên mục \"Lịch công tác\" chưa có lịch của tuần hiện tại "
                + "(2026-W49, từ 30/11/2026 đến 06/12/2026): đăng lịch tuần này với tuan: 2026-W49 [not-current-week]");
    }

    @Test
    void workingDaysSkipWeekends() {
        java.time.LocalDate friday = java.time.LocalDate.of(2026, 11, 27);
        assertEquals(1, SectionRule.workingDaysBetween(friday, friday.plusDays(3)));
        assertEquals(0, SectionRule.workingDaysBetween(friday, friday.plusDays(2)));
        assertEquals(5, SectionRule.workingDaysBetween(friday, friday.plusDays(7)));
        assertEquals(0, SectionRule.workingDaysBetween(friday, friday.minusDays(4)));
    }

    @Test
    void aStaleSectionIsAnErrorMeasuredFromAsOf() {
        Run run = TestRepo.base(dir).run("check", "--as-of", "2027-06-01");
        assertFinding(run, 1, "communes/xa-mau/van-ban: lỗi: chuyên mục \"Văn bản\" không được cập nhật: bài mới nhất đăng ngày "
                + "05/10/2026, đã 239 ngày tính đến 01/06/2027, quá thời hạn 180 ngày: đăng bài mới [stale-section] "
                + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)");
    }

    @Test
    void communeConfigurationIsValidatedLikeContent() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("communes/xa-mau/commune.yml", repo.read("communes/xa-mau/commune.yml")
                .replace("dien_thoai: 0255 3851 234\n", "")
                .replace("loai: xã", "loai: xa")
                .replace("email: ubnd", "emial: x\nemail: ubnd"));
        Run run = check(repo);
        String path = "communes/xa-mau/commune.yml";
        assertFinding(run, 1, path + ":1: lỗi: thiếu trường bắt buộc \"dien_thoai\" (Điện thoại): thêm dòng \"dien_thoai: …\" "
                + "vào tệp [missing-field]");
        assertFinding(run, 1, path + ":2: lỗi: giá trị \"xa\" của trường \"loai\" không được chấp nhận. Có phải ý bạn là \"xã\"? [invalid-value]");
        assertFinding(run, 1, path + ":7: lỗi: khóa \"emial\" không được hỗ trợ. Có phải ý bạn là \"email\"? [unknown-key]");
    }

    @Test
    void aMissingCommuneConfigurationIsAnError() {
        Run run = check(TestRepo.base(dir).delete("communes/xa-mau/commune.yml"));
        assertFinding(run, 1, "communes/xa-mau/commune.yml: lỗi: thiếu tệp commune.yml (tên xã, địa chỉ, điện thoại, thư điện tử, "
                + "người chịu trách nhiệm…): sao chép tệp của một xã mẫu rồi sửa lại [missing-commune-config]");
    }

    @Test
    void aCommuneMayAddItsOwnSectionsButNotRedeclareTheProfiles() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("communes/xa-mau/commune.yml", repo.read("communes/xa-mau/commune.yml") + """
                chuyen_muc_rieng:
                  - slug: du-lich
                    title: Du lịch
                    kind: trang
                  - slug: van-ban
                    title: Văn bản của tôi
                    kind: trang
                """)
                .write("communes/xa-mau/du-lich/bien.md", "---\ntitle: Biển\ndate: 2026-11-01\n---\nBãi biển đẹp.\n");
        Run run = check(repo);
        assertFinding(run, 1, "communes/xa-mau/commune.yml:10: lỗi: chuyên mục riêng \"van-ban\" trùng với một chuyên mục của hồ sơ: "
                + "xã không được khai báo lại hay đổi tên chuyên mục của hồ sơ; chọn tên khác [own-section-clash]");
        assertTrue(run.lines().stream().noneMatch(l -> l.contains("du-lich")), run::toString);
    }

    @Test
    void everyFindingOfABuildIsReportedAtOnce() {
        TestRepo repo = TestRepo.base(dir).delete("communes/xa-mau/gioi-thieu/lanh-dao").delete("communes/xa-mau/van-ban");
        repo.write("communes/xa-mau/gioi-thieu/tong-quan.md", repo.read("communes/xa-mau/gioi-thieu/tong-quan.md").replace("date: 2026-09-01\n", ""));
        Run run = check(repo);
        assertEquals(1, run.exit());
        assertEquals(3, run.lines().size(), run::toString);
    }
}
