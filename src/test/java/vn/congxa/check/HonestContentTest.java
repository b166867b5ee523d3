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
 * Content that only pretends to satisfy the law does not: a body that says nothing does not count toward a section's
 * minimum, whatever markup stands in for text; a date ahead of the build day, a document published before it was
 * issued, schedule rows outside their week, impossible times and an attachment listed twice are findings.
 */
class HonestContentTest {

    private static final String PLAN = "communes/xa-mau/van-ban/kh-30.md";
    private static final String DOC = "communes/xa-mau/van-ban/qd-12.md";
    private static final String TOO_FEW = "communes/xa-mau/van-ban: lỗi: chuyên mục bắt buộc \"Văn bản\" mới có 1 bài đã đăng có nội dung, "
            + "cần ít nhất 2: đăng thêm bài (bản nháp, bài không có nội dung và trang index.md không được tính) [too-few-items] "
            + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)";

    @TempDir
    Path dir;

    /** The base fixture's second document, with another body: the section needs both to count. */
    private TestRepo withPlanBody(String body) {
        TestRepo repo = TestRepo.base(dir);
        String text = repo.read(PLAN);
        return repo.write(PLAN, text.substring(0, text.indexOf("---\n", 4) + 4) + body);
    }

    private Run check(TestRepo repo, String... asOf) {
        return repo.run("check", "--as-of", asOf.length > 0 ? asOf[0] : TestRepo.AS_OF);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!-- sẽ viết sau -->\n",
            "&nbsp;\n\n&nbsp;&nbsp;\n",
            "&#160; &#x200B;\n",
            "\u200B\u200C\u2060\uFEFF\n",
            "<p></p>\n\n<div><span> </span></div>\n",
            "## Nội dung kế hoạch\n\n### Tổ chức thực hiện\n",
            "- \n- \n\n---\n",
            "> \n\n**  **\n",
            "<script>document.write('Kế hoạch')</script>\n",
            "Viết nội dung bài ở đây.\n",
            "viết nội dung bài ở đây\n",
            "Đang cập nhật...\n",
            "## Kế hoạch\n\nNội dung đang được cập nhật.\n",
    })
    void aBodyThatSaysNothingDoesNotCount(String body) {
        Run run = check(withPlanBody(body));
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().contains(TOO_FEW), run::toString);
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith(PLAN + ":8: cảnh báo: ") && line.endsWith("[empty-body]")),
                run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kế hoạch phòng, chống thiên tai.\n",
            "## Mục tiêu\n\nGiảm thiệt hại do bão.\n",
            "![Sơ đồ các điểm sơ tán của xã](../van-ban/tep/qd-12.pdf)\n",
            "[Tải kế hoạch](tep/qd-12.pdf)\n",
            "| Thôn | Số hộ |\n|---|---|\n| Thôn 1 | 120 |\n",
            "<p>Kế hoạch <b>phòng, chống</b> thiên tai.</p>\n",
            "2026\n",
            "Đang cập nhật danh sách hộ cần sơ tán.\n",
    })
    void aBodyWithSomethingToReadCounts(String body) {
        Run run = check(withPlanBody(body));
        assertTrue(run.lines().stream().noneMatch(line -> line.contains("[too-few-items]") || line.contains("[empty-body]")), run::toString);
    }

    @Test
    void eachKindOfEmptyBodyIsExplained() {
        assertEquals(List.of(TOO_FEW, PLAN + ":8: cảnh báo: nội dung bài không có chữ nào để đọc (chỉ có tiêu đề mục, ảnh, chú thích HTML, "
                        + "khoảng trắng &nbsp; hay thẻ HTML rỗng) nên không được tính vào chuyên mục \"Văn bản\": viết nội dung bài, ít nhất một câu [empty-body]"),
                check(withPlanBody("<p>&nbsp;</p>\n")).lines());
        assertEquals(List.of(TOO_FEW, PLAN + ":8: cảnh báo: bài chỉ có câu điền tạm (câu mẫu \"Viết nội dung bài ở đây.\" của lệnh new, \"Đang cập nhật\"…), "
                        + "chưa có nội dung nên không được tính vào chuyên mục \"Văn bản\": viết nội dung thật, hoặc thêm dòng draft: true cho tới khi "
                        + "viết xong [empty-body]"),
                check(withPlanBody("Viết nội dung bài ở đây.\n")).lines());
    }

    @Test
    void thePlaceholderLeftAboveRealTextIsPointedOut() {
        Run run = check(withPlanBody("Viết nội dung bài ở đây.\n\nKế hoạch phòng, chống thiên tai.\n"));
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of(PLAN + ":8: cảnh báo: câu mẫu \"Viết nội dung bài ở đây.\" của lệnh new vẫn còn trong bài và sẽ hiện trên cổng: "
                + "xóa dòng này [placeholder-text]"), run.lines());
    }

    @Test
    void whatNewWritesIsADraftThatCountsOnlyOnceWritten(@TempDir Path sample) {
        TestRepo repo = TestRepo.district2023(sample);
        Run made = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "pho-bien-phap-luat", "--as-of", TestRepo.AUDIT_AS_OF,
                "Phòng chống cháy rừng mùa khô");
        String path = made.lines().get(0);
        // Published as it was made, without a word written: not counted, and said so.
        repo.write(path, repo.read(path).replaceFirst("draft: true[^\n]*\n", ""));
        Run run = repo.run("check", "--commune", "chau-o", "--as-of", TestRepo.AUDIT_AS_OF);
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith(path + ":") && line.endsWith("[empty-body]")), run::toString);
    }

    @Test
    void aDateAheadOfTheBuildDayIsAnErrorBeyondOneDay() {
        TestRepo repo = TestRepo.base(dir);
        String news = "communes/xa-mau/tin-tuc/hoi-nghi.md";
        repo.write(news, repo.read(news).replace("date: 2026-11-20", "date: 2029-11-20"));
        assertEquals(List.of(news + ":3: lỗi: ngày 20/11/2029 của trường \"date\" (Ngày đăng) ở tương lai, sau hôm nay (28/11/2026): ngày ghi "
                + "trước làm chuyên mục trông như mới cập nhật; ghi đúng ngày đã qua hay hôm nay [future-date]"), check(repo).lines());
        repo.write(news, repo.read(news).replace("date: 2029-11-20", "date: 2026-11-29"));
        assertEquals(List.of(), check(repo).lines(), "tomorrow: the build's clock may be a day behind Vietnam's");
        repo.write(news, repo.read(news).replace("date: 2026-11-29", "date: 2026-11-30"));
        assertEquals(1, check(repo).exit());
    }

    @Test
    void aFutureDateCannotKeepAStaleSectionFresh() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("date: 2026-10-05", "date: 2036-10-05"));
        Run run = check(repo, "2027-06-01");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith(DOC + ":3: lỗi: ngày 05/10/2036") && line.endsWith(
                "[future-date] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)")), run::toString);
    }

    @Test
    void aDraftsFutureDateIsOnlyAWarning() {
        TestRepo repo = TestRepo.base(dir);
        String news = "communes/xa-mau/tin-tuc/hoi-nghi.md";
        repo.write(news, repo.read(news).replace("date: 2026-11-20", "date: 2029-11-20\ndraft: true"));
        Run run = check(repo);
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.lines().get(0).startsWith(news + ":3: cảnh báo: ngày 20/11/2029"), run::toString);
    }

    @Test
    void aDocumentCannotBePublishedBeforeItIsIssued() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("ngay_ban_hanh: 2026-10-01", "ngay_ban_hanh: 2026-10-15"));
        assertEquals(List.of(DOC + ":6: lỗi: trường \"ngay_ban_hanh\" (Ngày ban hành) ghi ngày 15/10/2026, sau ngày 05/10/2026 của trường "
                + "\"date\" (Ngày đăng): \"ngay_ban_hanh\" không thể muộn hơn \"date\"; sửa ngày ghi nhầm [date-order] "
                + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)"), check(repo).lines());
    }

    @Test
    void theKindsFileDeclaresWhichDatesAreBound() {
        TestRepo repo = TestRepo.base(dir);
        // Dates the kinds file lets lie ahead (future: true), one of them bound to the other: data, not code.
        repo.write("content/kinds.yml", repo.read("content/kinds.yml")
                .replace("ngay_ban_hanh: {type: date, required: true, not_after: date,", "ngay_ban_hanh: {type: date, required: true, future: true,")
                .replace("      tep_dinh_kem: {type: files,", "      ngay_het_han: {type: date, future: true, not_before: ngay_ban_hanh, label: Hết hạn}\n      tep_dinh_kem: {type: files,"));
        repo.write(DOC, repo.read(DOC).replace("ngay_ban_hanh: 2026-10-01", "ngay_ban_hanh: 2027-10-01\nngay_het_han: 2027-01-01"));
        assertEquals(List.of(DOC + ":7: lỗi: trường \"ngay_het_han\" (Hết hạn) ghi ngày 01/01/2027, trước ngày 01/10/2027 của trường "
                + "\"ngay_ban_hanh\" (Ngày ban hành): \"ngay_het_han\" không thể sớm hơn \"ngay_ban_hanh\"; sửa ngày ghi nhầm [date-order] "
                + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)"), check(repo).lines());
    }

    @Test
    void aBoundNamingNoDateFieldIsAnErrorOfTheKindsFile() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("content/kinds.yml", repo.read("content/kinds.yml")
                .replace("not_after: date,", "not_after: so_ky_hieu,")
                .replace("        within: tuan\n", "        within: ngay_lap\n")
                .replace("so_ky_hieu: {type: string,", "so_ky_hieu: {type: string, future: true,"));
        Run run = check(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(
                "content/kinds.yml:17: lỗi: future của trường \"so_ky_hieu\": chỉ trường kiểu date có future [kinds-bounds]",
                "content/kinds.yml:18: lỗi: not_after của trường \"ngay_ban_hanh\" ghi \"so_ky_hieu\": chỉ trường kiểu date có not_after, và "
                        + "not_after phải là tên một trường kiểu date khác của cùng loại bài (hay của phần chung) [kinds-bounds]",
                "content/kinds.yml:31: lỗi: within của trường \"lich\" ghi \"ngay_lap\": chỉ trường kiểu entries có within, và within phải là "
                        + "tên một trường kiểu week của cùng loại bài [kinds-bounds]"), run.lines());
    }

    @Test
    void scheduleRowsMustFallInTheirWeek() {
        TestRepo repo = TestRepo.base(dir).write(TestRepo.SCHEDULE, TestRepo.schedule("2026-W48", """
                  - ngay: 2026-11-23
                    gio: "07:30"
                    noi_dung: Giao ban đầu tuần
                  - ngay: 2026-11-30
                    gio: "14:00"
                    noi_dung: Kiểm tra đê
                """));
        assertEquals(List.of(TestRepo.SCHEDULE + ":9: lỗi: ngày 30/11/2026 của trường \"ngay\" không thuộc tuần 2026-W48 (từ 23/11/2026 đến "
                + "29/11/2026) ghi ở trường \"tuan\": sửa ngày, hoặc đưa dòng này sang lịch của tuần có ngày đó [outside-week]"), check(repo).lines());
        // Next week's schedule, published ahead: its rows are in the future, and in their week.
        repo.write("communes/xa-mau/lich-cong-tac/tuan-49.md", TestRepo.schedule("2026-W49", """
                  - ngay: 2026-12-04
                    gio: "07:30"
                    noi_dung: Giao ban
                """));
        assertEquals(1, check(repo).lines().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"07:30", "7:30", "7h30", "7h", "14H00", "0:00", "23:59", "07:30 - 11:00", "7h30–11h", "Sáng", "cả ngày", "Chiều"})
    void aTimeOfDayIsWrittenAsVietnameseWriteIt(String time) {
        TestRepo repo = TestRepo.base(dir).write(TestRepo.SCHEDULE, TestRepo.schedule("2026-W48",
                "  - ngay: 2026-11-23\n    gio: \"" + time + "\"\n    noi_dung: Giao ban\n"));
        assertEquals(List.of(), check(repo).lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:70", "24:00", "07:60", "7.30", "7 giờ 30", "730", "11:00 - 07:30", "sáng sớm", "07:30 -", "h30"})
    void anImpossibleTimeIsAnError(String time) {
        TestRepo repo = TestRepo.base(dir).write(TestRepo.SCHEDULE, TestRepo.schedule("2026-W48",
                "  - ngay: 2026-11-23\n    gio: \"" + time + "\"\n    noi_dung: Giao ban\n"));
        assertEquals(List.of(TestRepo.SCHEDULE + ":7: lỗi: giờ \"" + time + "\" của trường \"gio\" không hợp lệ: viết giờ:phút theo 24 giờ, "
                + "ví dụ \"07:30\", \"14:00\" (hoặc 7h30, 14h); một khoảng giờ \"07:30 - 11:00\"; hay Sáng, Trưa, Chiều, Tối, Cả ngày [invalid-time]"),
                check(repo).lines());
    }

    @Test
    void aTimeIsShownOnTheClockOfTheSchedule() throws java.io.IOException {
        TestRepo repo = TestRepo.base(dir).write(TestRepo.SCHEDULE, TestRepo.schedule("2026-W48",
                "  - ngay: 2026-11-23\n    gio: 7h30\n    noi_dung: Giao ban\n  - ngay: 2026-11-24\n    gio: 14h - 16h30\n    noi_dung: Họp\n"));
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        String page = java.nio.file.Files.readString(repo.path("target/site/xa-mau/lich-cong-tac/tuan-48.html"));
        assertTrue(page.contains(">07:30<") && page.contains(">14:00–16:30<"), page);
    }

    @Test
    void theSameAttachmentListedTwiceIsAnError() {
        TestRepo repo = TestRepo.base(dir);
        repo.write(DOC, repo.read(DOC).replace("tep_dinh_kem: [van-ban/tep/qd-12.pdf]",
                "tep_dinh_kem:\n  - van-ban/tep/qd-12.pdf\n  - ./van-ban/tep/qd-12.pdf"));
        assertEquals(List.of(DOC + ":9: lỗi: tệp \"./van-ban/tep/qd-12.pdf\" được ghi hai lần trong trường \"tep_dinh_kem\": xóa lần ghi thừa, "
                + "hoặc sửa thành tệp bạn định đính kèm [duplicate-attachment] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)"), check(repo).lines());
    }
}
