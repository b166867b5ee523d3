package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * The rules of Nghị định 224/2026/NĐ-CP and the laws around it, each as data in the profile, each with its own
 * finding: an editor who breaks one reads the exact line below, with the clause that requires it.
 */
class Decree224RulesTest {

    @TempDir
    Path dir;

    private TestRepo sample() {
        return TestRepo.sample(dir);
    }

    /** The findings of a check of one unit, as printed (the closing summary left out). */
    private static List<String> check(TestRepo repo, String unit) {
        TestRepo.Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", unit);
        return run.lines().stream().filter(line -> line.startsWith("c")).toList();
    }

    @Test
    void theSampleIsCleanUnderTheDecreeInForce() {
        TestRepo repo = sample();
        TestRepo.Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of(), run.lines(), "no finding");
        assertTrue(run.err().contains("Kiểm tra xong: 0 lỗi, 0 cảnh báo."), run.toString());
    }

    @Test
    void aUnitWithoutItsBoundaryMapFailsUnderArticle9() {
        TestRepo repo = sample().delete("communes/binh-son/gioi-thieu/ban-do-hanh-chinh/ban-do-dia-gioi-xa-binh-son.md");
        assertEquals(List.of("communes/binh-son/gioi-thieu/ban-do-hanh-chinh: lỗi: chuyên mục bắt buộc \"Bản đồ địa giới hành chính\" mới có 0 bài "
                + "đã đăng có nội dung, cần ít nhất 1: đăng thêm bài (bản nháp, bài không có nội dung và trang index.md không được tính) "
                + "[too-few-items] (điểm c khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)"), check(repo, "binh-son"));
    }

    @Test
    void theMapIsAPictureThatMustExist() {
        TestRepo repo = sample().delete("communes/binh-son/anh/ban-do-binh-son.svg");
        assertEquals(List.of("communes/binh-son/gioi-thieu/ban-do-hanh-chinh/ban-do-dia-gioi-xa-binh-son.md:6: lỗi: không tìm thấy tệp "
                + "\"anh/ban-do-binh-son.svg\" của trường \"ban_do\": cần có tệp communes/binh-son/anh/ban-do-binh-son.svg [missing-file] "
                + "(điểm c khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)"), check(repo, "binh-son"));
    }

    @Test
    void aMapWithoutItsTextDescriptionFails() {
        String map = "communes/binh-son/gioi-thieu/ban-do-hanh-chinh/ban-do-dia-gioi-xa-binh-son.md";
        TestRepo repo = sample();
        repo.write(map, repo.read(map).replaceAll("(?m)^ban_do_mo_ta: .*\\n(  .*\\n)*", ""));
        List<String> findings = check(repo, "binh-son");
        assertTrue(findings.stream().anyMatch(line -> line.contains("thiếu trường bắt buộc \"ban_do_mo_ta\" (Mô tả bản đồ)")
                && line.endsWith("[missing-field] (điểm c khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)")), findings.toString());
    }

    @Test
    void aLeaderWithoutABiographyFailsUnderArticle9ButNotUnderTheOldDecree() {
        String leader = "communes/binh-son/gioi-thieu/lanh-dao/do-minh-khoa.md";
        TestRepo repo = sample();
        repo.write(leader, repo.read(leader).replaceAll("tieu_su: >-\\n(  .*\\n)+", ""));
        assertEquals(List.of("communes/binh-son/gioi-thieu/lanh-dao/do-minh-khoa.md:2: lỗi: thiếu trường bắt buộc \"tieu_su\" (Tiểu sử tóm tắt): "
                + "thêm dòng \"tieu_su: …\" vào phần đầu, giữa hai dòng --- [missing-field] (điểm c khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)"),
                check(repo, "binh-son"));
        // The field is the profile's demand, not the kind's: under Nghị định 42/2022 the leader's page is complete.
        TestRepo.Run old = repo.run("check", "--as-of", "2026-06-30", "--commune", "binh-son");
        assertTrue(old.lines().stream().noneMatch(line -> line.contains("tieu_su")), old.toString());
    }

    @Test
    void aNewLeaderPageAsksForWhatTheDecreeInForceRequires() {
        TestRepo repo = sample();
        TestRepo.Run run = repo.run("new", "can-bo", "--commune", "binh-son", "--as-of", TestRepo.SAMPLE_AS_OF, "Nguyễn Văn An");
        assertEquals(0, run.exit(), run.toString());
        String page = repo.read("communes/binh-son/gioi-thieu/lanh-dao/nguyen-van-an.md");
        assertTrue(page.contains("tieu_su:   # bắt buộc: Tiểu sử tóm tắt\nnhiem_vu:   # bắt buộc: Nhiệm vụ đảm nhiệm\n"), page);
        TestRepo.Run before = repo.run("new", "can-bo", "--commune", "binh-son", "--as-of", "2026-06-30", "Trần Thị Bình");
        assertEquals(0, before.exit(), before.toString());
        assertTrue(!repo.read("communes/binh-son/gioi-thieu/lanh-dao/tran-thi-binh.md").contains("# bắt buộc: Tiểu sử"),
                "under Nghị định 42/2022 a biography was not required");
    }

    @Test
    void aPortalElsewhereThanTheAddressTheDecreeGivesFailsUnderArticle11() {
        TestRepo repo = sample();
        repo.write("communes/binh-son/commune.yml", repo.read("communes/binh-son/commune.yml")
                .replace("dia_chi_web: https://binhson.quangngai.gov.vn", "dia_chi_web: https://binhson.gov.vn"));
        assertEquals(List.of("communes/binh-son/commune.yml:11: lỗi: địa chỉ cổng phải là https://binhson.quangngai.gov.vn (tên đơn vị "
                + "\"Bình Sơn\" viết liền không dấu, theo tên miền của tỉnh Quảng Ngãi), không phải https://binhson.gov.vn: sửa dòng dia_chi_web thành "
                + "dia_chi_web: https://binhson.quangngai.gov.vn [portal-address] (điểm c khoản 4 Điều 11 Nghị định 224/2026/NĐ-CP)"), check(repo, "binh-son"));
    }

    @Test
    void theExpectedHostComesFromTheFullNameWithoutTones() {
        TestRepo repo = sample();
        repo.write("communes/cam-thanh/commune.yml", repo.read("communes/cam-thanh/commune.yml")
                .replace("dia_chi_web: https://camthanh.quangngai.gov.vn", "dia_chi_web: https://cam-thanh.quangngai.gov.vn"));
        List<String> findings = check(repo, "cam-thanh");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("địa chỉ cổng phải là https://camthanh.quangngai.gov.vn (tên đơn vị \"Cẩm Thành\""), findings.get(0));
    }

    @Test
    void aProcedureMustCarryItsNationalCodeAndLinkToTheNationalPortal() {
        String procedure = "communes/binh-son/thu-tuc-hanh-chinh/dang-ky-khai-sinh.md";
        TestRepo repo = sample();
        repo.write(procedure, repo.read(procedure)
                .replaceAll("(?m)^dich_vu_cong: .*$", "dich_vu_cong: https://dichvucong.quangngai.vn/thu-tuc/1")
                .replaceAll("(?m)^ma_thu_tuc: .*$", "ma_thu_tuc: KS-01"));
        assertEquals(List.of(
                "communes/binh-son/thu-tuc-hanh-chinh/dang-ky-khai-sinh.md:6: lỗi: giá trị \"KS-01\" của trường \"ma_thu_tuc\" (Mã thủ tục) "
                        + "không đúng dạng: viết như \"1.001193\" [invalid-pattern] (điểm a khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)",
                "communes/binh-son/thu-tuc-hanh-chinh/dang-ky-khai-sinh.md:11: lỗi: địa chỉ \"https://dichvucong.quangngai.vn/thu-tuc/1\" của trường "
                        + "\"dich_vu_cong\" (Nộp hồ sơ trực tuyến) phải dẫn tới dichvucong.gov.vn: ghi địa chỉ trang của thủ tục trên Cổng Dịch "
                        + "vụ công quốc gia [wrong-host] (điểm a khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)"), check(repo, "binh-son"));
    }

    @Test
    void aProcedureWithoutItsNationalCodeFails() {
        String procedure = "communes/binh-son/thu-tuc-hanh-chinh/dang-ky-khai-sinh.md";
        TestRepo repo = sample();
        repo.write(procedure, repo.read(procedure).replaceAll("(?m)^ma_thu_tuc: .*\\n", ""));
        List<String> findings = check(repo, "binh-son");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("thiếu trường bắt buộc \"ma_thu_tuc\" (Mã thủ tục)")
                && findings.get(0).endsWith("(điểm a khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP)"), findings.get(0));
    }

    @Test
    void thereIsNoThiTranAnyMore() {
        TestRepo repo = sample();
        repo.write("communes/binh-son/commune.yml", repo.read("communes/binh-son/commune.yml").replace("loai: xã", "loai: thị trấn"));
        assertEquals(List.of("communes/binh-son/commune.yml:4: lỗi: loại đơn vị \"thị trấn\" không thuộc các loại đơn vị hành chính cấp "
                + "xã hiện nay: ghi một trong các loại xã, phường, đặc khu [unit-kind] (Luật Tổ chức chính quyền địa phương "
                + "72/2025/QH15)"), check(repo, "binh-son"));
    }

    @Test
    void everyPageNeedsSomewhereToSendReadersRatings() {
        TestRepo repo = sample();
        repo.write("content/don-vi-quan-ly.yml", repo.read("content/don-vi-quan-ly.yml").replaceAll("(?m)^dia_chi_danh_gia: .*\\n", ""));
        TestRepo.Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.lines().contains("content/don-vi-quan-ly.yml:4: lỗi: thiếu địa chỉ nhận đánh giá của người đọc (dia_chi_danh_gia): mọi trang "
                + "phải cho người đọc đánh giá mức độ hài lòng với thông tin; thêm dòng \"dia_chi_danh_gia: https://…\" với địa chỉ hệ thống "
                + "tiếp nhận của tỉnh [rating-endpoint] (điểm b khoản 3 Điều 10 Nghị định 224/2026/NĐ-CP)"), run.toString());
    }

    @Test
    void withoutTheOverseeingUnitTheAddressesCannotBeChecked() {
        TestRepo repo = sample().delete("content/don-vi-quan-ly.yml");
        TestRepo.Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith("content/don-vi-quan-ly.yml: lỗi: thiếu tệp content/don-vi-quan-ly.yml")
                && line.contains("[missing-overseer] (điểm c khoản 4 Điều 11 Nghị định 224/2026/NĐ-CP)")), run.toString());
    }

    @Test
    void aPlannedOutageAnnouncedLessThanSevenWorkingDaysAheadFailsUnderArticle13() {
        String outage = "communes/ly-son/tam-dung-cung-cap/tam-dung-19-12-2026-chuyen-doi-ipv6.md";
        TestRepo repo = sample();
        repo.write(outage, repo.read(outage).replaceAll("(?m)^date: .*$", "date: 2026-11-30").replaceAll("(?m)^bat_dau: .*$", "bat_dau: 2026-12-07"));
        assertEquals(List.of("communes/ly-son/tam-dung-cung-cap/tam-dung-19-12-2026-chuyen-doi-ipv6.md:3: lỗi: thông báo đăng ngày 30/11/2026, "
                + "chỉ 5 ngày làm việc trước ngày bắt đầu 07/12/2026: phải đăng trước ít nhất 7 ngày làm việc; dời ngày tạm dừng hoặc báo sớm "
                + "hơn [short-notice] (điểm a khoản 1 Điều 13 Nghị định 224/2026/NĐ-CP)"), check(repo, "ly-son"));
    }

    @Test
    void theQualityOfOnlineServicesNeedsItsSixItems() {
        String quality = "communes/binh-son/chat-luong-dich-vu-cong/chat-luong-dich-vu-cong-2026.md";
        TestRepo repo = sample();
        repo.write(quality, repo.read(quality).replaceAll("(?m)^muc_do_hai_long: .*\\n(  .*\\n)*", ""));
        List<String> findings = check(repo, "binh-son");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("thiếu trường bắt buộc \"muc_do_hai_long\" (Mức độ hài lòng của người dân, doanh nghiệp)")
                && findings.get(0).endsWith("[missing-field] (khoản 2 Điều 34 Luật Chuyển đổi số 148/2025/QH15)"), findings.get(0));
    }

    @Test
    void anSvgMapThatCarriesAScriptIsRefused() {
        TestRepo repo = sample();
        repo.write("communes/binh-son/anh/ban-do-binh-son.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><title>x</title></svg>");
        List<String> findings = check(repo, "binh-son");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("communes/binh-son/anh/ban-do-binh-son.svg: lỗi: ảnh SVG có phần có thể chạy mã trên máy người xem "
                + "(onload=\"…\")") && findings.get(0).endsWith("[unsafe-svg]"), findings.get(0));
    }

    @Test
    void messagesOfTheNewRulesReadInEnglishWithLangEn() {
        TestRepo repo = sample();
        repo.write("communes/binh-son/commune.yml", repo.read("communes/binh-son/commune.yml")
                .replace("dia_chi_web: https://binhson.quangngai.gov.vn", "dia_chi_web: https://binhson.gov.vn"));
        TestRepo.Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", "binh-son", "--lang", "en");
        assertTrue(run.lines().contains("communes/binh-son/commune.yml:11: error: the portal address must be https://binhson.quangngai.gov.vn "
                + "(the unit's name \"Bình Sơn\" written together without tones, under the domain of tỉnh Quảng Ngãi), not https://binhson.gov.vn: "
                + "change the line to dia_chi_web: https://binhson.quangngai.gov.vn [portal-address] (Decree 224/2026/ND-CP, Article 11(4)(c))"), run.toString());
    }
}
