package vn.congxa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.BothProfiles;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * Several profiles, each in force over its period: the day a command works "as of" chooses the law it applies,
 * {@code --profile} forces one, a day no profile covers is refused rather than checked under no law, and profiles
 * whose periods cannot tell which one governs a day are refused with the file to mend.
 */
class ProfilesInForceTest {

    private static final String DOCUMENTS = "communes/chau-o/van-ban";
    /** Châu Ổ without its documents, under Nghị định 42/2022. */
    private static final String MISSING_UNDER_2022 = DOCUMENTS + ": lỗi: thiếu chuyên mục bắt buộc \"Văn bản\": tạo thư mục van-ban/ và "
            + "đăng ít nhất 3 bài có nội dung [missing-section] (điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)";
    /** The same, under Nghị định 224/2026, whose documents section cites the Law on Access to Information. */
    private static final String MISSING_UNDER_2026 = DOCUMENTS + ": lỗi: thiếu chuyên mục bắt buộc \"Văn bản\": tạo thư mục van-ban/ và "
            + "đăng ít nhất 3 bài có nội dung [missing-section] (điểm a khoản 1 Điều 19 Luật Tiếp cận thông tin 104/2016/QH13)";
    private static final String HEADER_2022 = "Hồ sơ chuyên mục: Chuyên mục bắt buộc của cổng thông tin điện tử cấp xã theo Nghị định "
            + "42/2022/NĐ-CP (nd-42-2022-cap-xa, phiên bản 1.0.0)";
    private static final String PERIOD_2022 = "Có hiệu lực từ ngày 15/08/2022 đến hết ngày 30/06/2026";
    private static final String HEADER_2026 = "Hồ sơ chuyên mục: Chuyên mục bắt buộc của cổng thông tin điện tử cấp xã theo Nghị định "
            + "224/2026/NĐ-CP (nd-224-2026-cap-xa, phiên bản 2.0.0)";
    private static final String PERIOD_2026 = "Có hiệu lực từ ngày 01/07/2026";

    @TempDir
    Path dir;

    @Test
    void theDistrictOf2023IsCheckedUnderNghiDinh42OnADayOfItsPeriod() {
        TestRepo repo = TestRepo.district2023(dir).delete(DOCUMENTS);
        Run run = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(MISSING_UNDER_2022), run.lines(), run::toString);
        assertTrue(run.err().contains("Có 1 lỗi và 0 cảnh báo"), run::toString);
    }

    @Test
    void aDayNoProfileCoversIsAnErrorNamingTheProfilesAndTheirPeriods() {
        TestRepo repo = TestRepo.district2023(dir);
        Run check = repo.run("check", "--as-of", "2026-11-28");
        assertEquals(1, check.exit(), check::toString);
        assertEquals(List.of("content/profiles: lỗi: không có hồ sơ chuyên mục nào có hiệu lực vào ngày 28/11/2026; các hồ sơ và thời "
                + "gian hiệu lực: nd-42-2022-cap-xa (15/08/2022 – 30/06/2026). Chọn ngày khác bằng --as-of, chọn hồ sơ bằng --profile, "
                + "hoặc thêm hồ sơ cho thời gian đó [no-profile-in-force]"), check.lines());

        Run english = repo.run("check", "--as-of", "2026-11-28", "--lang", "en");
        assertEquals(List.of("content/profiles: error: no section profile is in force on 28/11/2026; the profiles and their periods: "
                + "nd-42-2022-cap-xa (15/08/2022 – 30/06/2026). Choose another day with --as-of, a profile with --profile, or add a "
                + "profile for that period [no-profile-in-force]"), english.lines());

        Run build = repo.run("build", "--as-of", "2026-11-28");
        assertEquals(1, build.exit(), build::toString);
        assertTrue(build.out().contains("[no-profile-in-force]"), build::toString);
        assertFalse(Files.exists(repo.path("target")), "a build under no law writes nothing");
    }

    @Test
    void withBothProfilesTheDayChoosesTheLawAndProfileForcesOne() {
        TestRepo repo = BothProfiles.repo(dir).delete(DOCUMENTS);

        Run before = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(List.of(MISSING_UNDER_2022), before.lines(), "the 2026 rules (new sections, no thị trấn) do not apply yet: " + before);

        Run after = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(1, after.exit(), after::toString);
        assertTrue(after.lines().contains(MISSING_UNDER_2026), after::toString);
        assertTrue(after.lines().contains("communes/chau-o/commune.yml:4: lỗi: loại đơn vị \"thị trấn\" không thuộc các loại đơn vị hành chính cấp "
                + "xã hiện nay: ghi một trong các loại xã, phường, đặc khu "
                + "[unit-kind] (Luật Tổ chức chính quyền địa phương 72/2025/QH15)"), after::toString);
        assertFalse(after.lines().contains(MISSING_UNDER_2022), after::toString);

        Run forcedOld = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--profile", BothProfiles.PROFILE_2022);
        assertTrue(forcedOld.lines().contains(MISSING_UNDER_2022), forcedOld::toString);
        assertTrue(forcedOld.lines().stream().noneMatch(l -> l.contains("[unit-kind]") || l.contains(MISSING_UNDER_2026)), forcedOld::toString);

        Run forcedNew = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF, "--profile", BothProfiles.PROFILE_2026);
        assertTrue(forcedNew.lines().contains(MISSING_UNDER_2026), forcedNew::toString);
        assertFalse(forcedNew.lines().contains(MISSING_UNDER_2022), forcedNew::toString);
    }

    @Test
    void whatTheLawAsksOfEachUnitAppliesWhileItIsInForce() {
        TestRepo repo = BothProfiles.repo(dir);
        String config = "communes/binh-chau/commune.yml";
        repo.write(config, repo.read(config).replace("dia_chi_web: https://binhchau.quangngai.gov.vn",
                "dia_chi_web: https://binhchau.binhson.quangngai.gov.vn"));
        repo.write("content/don-vi-quan-ly.yml", repo.read("content/don-vi-quan-ly.yml").replaceAll("(?m)^dia_chi_danh_gia: .*\n", ""));
        int line = repo.read(config).lines().toList().indexOf("dia_chi_web: https://binhchau.binhson.quangngai.gov.vn") + 1;

        Run before = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(0, before.exit(), "Nghị định 42/2022 asks no portal address nor rating: " + before);

        Run after = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertTrue(after.lines().contains(config + ":" + line + ": lỗi: địa chỉ cổng phải là https://binhchau.quangngai.gov.vn (tên đơn vị "
                + "\"Bình Châu\" viết liền không dấu, theo tên miền của tỉnh Quảng Ngãi), không phải https://binhchau.binhson.quangngai.gov.vn: "
                + "sửa dòng dia_chi_web thành dia_chi_web: https://binhchau.quangngai.gov.vn [portal-address] (điểm c khoản 4 Điều 11 Nghị định 224/2026/NĐ-CP)"),
                after::toString);
        assertTrue(after.lines().contains("content/don-vi-quan-ly.yml:1: lỗi: thiếu địa chỉ nhận đánh giá của người đọc (dia_chi_danh_gia): "
                + "mọi trang phải cho người đọc đánh giá mức độ hài lòng với thông tin; thêm dòng \"dia_chi_danh_gia: https://…\" với địa "
                + "chỉ hệ thống tiếp nhận của tỉnh [rating-endpoint] (điểm b khoản 3 Điều 10 Nghị định 224/2026/NĐ-CP)"), after::toString);
    }

    @Test
    void theLastDayOfTheOldLawAndTheFirstDayOfTheNew() {
        TestRepo repo = BothProfiles.repo(dir);
        assertEquals(List.of(HEADER_2022, PERIOD_2022), repo.run("sections", "--as-of", "2026-06-30").lines().subList(0, 2));
        assertEquals(List.of(HEADER_2026, PERIOD_2026), repo.run("sections", "--as-of", "2026-07-01").lines().subList(0, 2));
        assertEquals(List.of(HEADER_2022, PERIOD_2022),
                repo.run("sections", "--as-of", "2026-07-01", "--profile", BothProfiles.PROFILE_2022).lines().subList(0, 2));
    }

    @Test
    void anUnknownProfileIsRefusedListingTheProfilesThereAre() {
        Run run = TestRepo.district2023(dir).run("check", "--as-of", TestRepo.AUDIT_AS_OF, "--profile", "nd-99");
        assertEquals(2, run.exit(), "a usage error, like an unknown --commune: " + run);
        assertEquals(List.of(), run.lines(), run::toString);
        assertTrue(run.err().startsWith("lỗi cách dùng: không có hồ sơ mã \"nd-99\"; các hồ sơ hiện có: nd-42-2022-cap-xa\n"), run::toString);
    }

    @Test
    void twoProfilesInForceOnTheSameDaysAreRefused() {
        TestRepo repo = BothProfiles.repo(dir);
        String profile = "content/profiles/nd-224-2026.yml";
        repo.write(profile, repo.read(profile).replace("in_force: {from: 2026-07-01}", "in_force: {from: 2026-06-01}"));
        Run run = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(1, run.exit(), run::toString);
        int line = repo.read(profile).lines().toList().indexOf(repo.read(profile).lines().filter(l -> l.startsWith("in_force:")).findFirst()
                .orElseThrow()) + 1;
        assertEquals(List.of(profile + ":" + line + ": lỗi: thời gian hiệu lực của hồ sơ \"nd-224-2026-cap-xa\" trùng với hồ sơ \"nd-42-2022-cap-xa\" "
                + "(content/profiles/nd-42-2022.yml): mỗi ngày chỉ một hồ sơ có hiệu lực, sửa in_force của một trong hai [profile-overlap]"),
                run.lines());
    }

    @Test
    void aSecondProfileMustSayWhenItIsInForce() {
        TestRepo repo = BothProfiles.repo(dir);
        String profile = "content/profiles/nd-224-2026.yml";
        repo.write(profile, repo.read(profile).replace("in_force: {from: 2026-07-01}\n", ""));
        Run run = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(1, run.exit(), run::toString);
        int line = repo.read(profile).lines().toList().indexOf(repo.read(profile).lines().filter(l -> l.startsWith("id:")).findFirst()
                .orElseThrow()) + 1;
        assertTrue(run.lines().contains(profile + ":" + line + ": lỗi: kho có nhiều hồ sơ nên hồ sơ \"nd-224-2026-cap-xa\" phải ghi thời gian hiệu "
                + "lực: thêm dòng \"in_force: {from: YYYY-MM-DD, until: YYYY-MM-DD}\" [profile-in-force]"), run::toString);
        assertTrue(run.lines().stream().noneMatch(l -> l.startsWith("communes/")), "nothing is checked under a broken profile: " + run);
        assertTrue(run.lines().stream().noneMatch(l -> l.contains("[profile-overlap]")), "the missing period is said once, not as an overlap: " + run);
    }

    @Test
    void sectionsPrintsTheProfileInForceAndItsPeriod() throws Exception {
        TestRepo district = TestRepo.district2023(dir.resolve("district"));
        Run text = district.run("sections", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(0, text.exit(), text::toString);
        assertEquals(List.of(HEADER_2022, PERIOD_2022), text.lines().subList(0, 2));
        Run outside = district.run("sections", "--as-of", "2026-11-28");
        assertEquals(1, outside.exit(), outside::toString);
        assertTrue(outside.out().startsWith("content/profiles: lỗi: không có hồ sơ chuyên mục nào có hiệu lực vào ngày 28/11/2026;"),
                outside::toString);

        TestRepo both = BothProfiles.repo(dir.resolve("both"));
        assertEquals(List.of(HEADER_2026, PERIOD_2026), both.run("sections", "--as-of", TestRepo.SAMPLE_AS_OF).lines().subList(0, 2));
        JsonNode json = new ObjectMapper().readTree(both.run("sections", "--as-of", TestRepo.SAMPLE_AS_OF, "--format", "json").out());
        assertEquals(BothProfiles.PROFILE_2026, json.get("profile").get("id").asText());
        assertEquals("2026-07-01", json.get("profile").get("in_force_from").asText());
        assertTrue(json.get("profile").get("in_force_until").isNull());
        List<String> profiles = new java.util.ArrayList<>();
        json.get("profiles").forEach(p -> profiles.add(p.get("id").asText() + " " + p.get("in_force_from").asText() + " "
                + p.get("in_force_until").asText()));
        assertEquals(List.of(BothProfiles.PROFILE_2022 + " 2022-08-15 2026-06-30", BothProfiles.PROFILE_2026 + " 2026-07-01 null"), profiles);
        assertTrue(json.get("sections").findValuesAsText("path").contains("chat-luong-dich-vu-cong"), "the sections of the 2026 profile");
    }
}
