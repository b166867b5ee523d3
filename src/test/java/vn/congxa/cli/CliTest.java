package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/** The command line: exit codes, output formats, languages, and the sections checklist. */
class CliTest {

    @TempDir
    Path dir;

    private TestRepo withMissingNumber() {
        TestRepo repo = TestRepo.base(dir);
        return repo.write("communes/xa-mau/van-ban/qd-12.md", repo.read("communes/xa-mau/van-ban/qd-12.md").replace("so_ky_hieu: 12/QĐ-UBND\n", ""));
    }

    @Test
    void checkWritesNothingEvenWhenContentIsValid() {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, repo.run("check", "--as-of", TestRepo.AS_OF).exit());
        assertFalse(Files.exists(repo.path("target")));
    }

    @Test
    void buildWithContentErrorsExitsOneAndWritesNothing() {
        Run run = withMissingNumber().run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(1, run.exit(), run::toString);
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void englishMessagesCiteTheBasisInEnglish() {
        Run run = withMissingNumber().run("check", "--as-of", TestRepo.AS_OF, "--lang", "en");
        assertEquals("communes/xa-mau/van-ban/qd-12.md:2: error: missing required field \"so_ky_hieu\" (Number): add a line "
                + "\"so_ky_hieu: …\" to the front matter, between the --- lines [missing-field] (Decree 42/2022/ND-CP, Article 4(1)(a))",
                run.lines().get(0));
        assertTrue(run.err().contains("1 error and 0 warnings"), run::toString);
    }

    @Test
    void githubFormatPrintsWorkflowAnnotations() {
        Run run = withMissingNumber().run("check", "--as-of", TestRepo.AS_OF, "--format", "github");
        assertEquals("::error file=communes/xa-mau/van-ban/qd-12.md,line=2,title=missing-field::thiếu trường bắt buộc "
                + "\"so_ky_hieu\" (Số ký hiệu): thêm dòng \"so_ky_hieu: …\" vào phần đầu, giữa hai dòng --- "
                + "(điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP)", run.lines().get(0));
    }

    @Test
    void jsonFormatPrintsOnlyJson() throws Exception {
        Run run = withMissingNumber().run("check", "--as-of", TestRepo.AS_OF, "--format", "json");
        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertEquals(1, findings.size());
        JsonNode finding = findings.get(0);
        assertEquals("communes/xa-mau/van-ban/qd-12.md", finding.get("path").asText());
        assertEquals(2, finding.get("line").asInt());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("missing-field", finding.get("rule").asText());
        assertEquals("điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", finding.get("basis").asText());
    }

    @Test
    void anUnknownCommuneIsAUsageErrorListingTheCommunes() {
        Run run = TestRepo.base(dir).run("build", "--commune", "xa-khong-co");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("lỗi cách dùng: không có đơn vị \"xa-khong-co\" trong thư mục communes/; các đơn vị hiện có: xa-mau"), run::toString);
    }

    @Test
    void anUnknownOptionOrABadDateIsAUsageError() {
        assertEquals(2, TestRepo.base(dir).run("build", "--khong-co").exit());
        assertEquals(2, TestRepo.base(dir).run("check", "--as-of", "31/12/2026").exit());
        assertEquals(2, TestRepo.base(dir).run("check", "--lang", "fr").exit());
        assertEquals(2, TestRepo.base(dir).run("check", "--format", "xml").exit());
    }

    @Test
    void sectionsAsJsonListsEverySectionInMenuOrderWithItsBasis() throws Exception {
        Run run = TestRepo.base(dir).run("sections", "--format", "json");
        assertEquals(0, run.exit(), run::toString);
        JsonNode root = new ObjectMapper().readTree(run.out());
        // The profile that governs the day (the base fixture's only one, with no period), then every section.
        assertEquals("test-profile", root.get("profile").get("id").asText());
        assertTrue(root.get("profile").get("in_force_from").isNull());
        assertEquals(1, root.get("profiles").size());
        JsonNode sections = root.get("sections");
        assertEquals(6, sections.size());
        assertEquals("gioi-thieu/lanh-dao", sections.get(1).get("path").asText());
        assertEquals("Lãnh đạo", sections.get(1).get("title").asText());
        assertTrue(sections.get(1).get("required").asBoolean());
        assertEquals("điểm e khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", sections.get(1).get("basis").asText());
        assertEquals("lich-cong-tac", sections.get(4).get("path").asText());
        JsonNode projects = sections.get(5);
        assertEquals("du-an", projects.get("path").asText());
        assertFalse(projects.get("required").asBoolean());
        assertEquals("inferred", projects.get("basis_status").asText());
        assertEquals("khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP; căn cứ suy luận, chưa đối chiếu nguyên văn: suy ra từ Luật Tiếp cận thông tin",
                projects.get("basis").asText());
    }

    @Test
    void sectionsAsTextIsAChecklistForEditors() {
        Run run = TestRepo.base(dir).run("sections");
        assertEquals("Hồ sơ chuyên mục: Hồ sơ thử nghiệm (test-profile, phiên bản 0.1)", run.lines().get(0));
        assertEquals("Hồ sơ duy nhất của kho, áp dụng cho mọi ngày", run.lines().get(1));
        assertEquals("  [bắt buộc] gioi-thieu/  Giới thiệu — ít nhất 1 bài — điểm e khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", run.lines().get(2));
        assertEquals("    [bắt buộc] gioi-thieu/lanh-dao/  Lãnh đạo — ít nhất 1 bài — điểm e khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", run.lines().get(3));
        assertEquals("  [tùy chọn] tin-tuc/  Tin tức", run.lines().get(4));
    }

    @Test
    void aBrokenProfileIsReportedAndNothingElseIsChecked() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("content/profile.yml", repo.read("content/profile.yml").replace("kind: van-ban", "kind: van-ban-moi")
                .replace("instrument: Nghị định 42/2022/NĐ-CP, article: \"4\", clause: \"1\", point: a", "instrument: Nghị định 42/2022, article: \"4\", clause: \"1\", point: a"));
        Run run = repo.run("check");
        assertEquals(1, run.exit());
        assertTrue(run.lines().contains("content/profile.yml:33: lỗi: loại nội dung \"van-ban-moi\" không có trong content/kinds.yml; "
                + "các loại hiện có: trang, van-ban, lich-cong-tac, can-bo [unknown-kind]"), run::toString);
        assertTrue(run.lines().contains("content/profile.yml:42: lỗi: văn bản \"Nghị định 42/2022\" chưa được khai báo trong mục "
                + "instruments của hồ sơ [profile-instrument]"), run::toString);
        assertEquals(2, run.lines().size(), run::toString);
    }

    @Test
    void versionNamesTheProjectVersionAndJBake() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = Main.run(new String[] {"--version"}, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                System.err);
        assertEquals(0, exit);
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).matches("congxa \\d+\\.\\d+\\.\\d+\\S* \\(JBake 2\\.7\\.0\\)\\R"),
                out::toString);
    }
}
