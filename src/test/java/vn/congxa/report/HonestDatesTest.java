package vn.congxa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * In a git checkout an item's stated date is compared with the day its file was first committed: an item dated
 * far earlier than it reached the repository is flagged and costs points, so back-dating cannot fake freshness.
 * Content brought over from an old portal (committed up to the rubric's {@code migrated_until}) is not. On the district
 * of 2023.
 */
class HonestDatesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    @Test
    void anItemDatedFarBeforeItsFirstCommitIsFlaggedAndCostsPoints() throws Exception {
        TestRepo repo = TestRepo.district2023(dir);
        repo.write("content/rubric.yml", repo.read("content/rubric.yml").replace("migrated_until: 2026-03-02", "migrated_until: 2025-04-03"));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "Chuyển nội dung từ cổng cũ", LocalDateTime.of(2025, 3, 3, 9, 0));
            repo.write("communes/chau-o/tin-tuc/lui-ngay.md",
                    "---\ntitle: Bài ghi lùi ngày\ndate: 2025-09-01\n---\nĐăng ngày 20/2 nhưng ghi ngày 01/9 năm trước.\n");
            repo.write("communes/chau-o/tin-tuc/dung-ngay.md",
                    "---\ntitle: Bài đăng đúng hạn\ndate: 2026-02-10\n---\nĐăng ngày 20/2, ghi ngày 10/2: trong 30 ngày.\n");
            commit(git, "Thêm hai bài", LocalDateTime.of(2026, 2, 20, 15, 30));
        }
        Run run = repo.run("report", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        JsonNode report = new ObjectMapper().readTree(repo.path("target/site/bao-cao/danh-gia.json").toFile());
        assertTrue(report.get("doi_chieu_ngay_commit").asBoolean());
        for (JsonNode commune : report.get("xa")) {
            boolean chauO = commune.get("ma_xa").asText().equals("chau-o");
            assertEquals(chauO ? 1 : 0, commune.get("bai_lui_ngay").size(), commune::toString);
            assertEquals(chauO ? 2.0 : 0.0, commune.get("diem_tru").asDouble(), commune::toString);
        }
        JsonNode flagged = findChauO(report).get("bai_lui_ngay").get(0);
        assertEquals("communes/chau-o/tin-tuc/lui-ngay.md", flagged.get("tep").asText());
        assertEquals("2025-09-01", flagged.get("ngay_ghi").asText());
        assertEquals("2026-02-20", flagged.get("ngay_commit_dau").asText());
        String page = repo.read("target/site/bao-cao/index.html");
        assertTrue(page.contains("Bài ghi lùi ngày (communes/chau-o/tin-tuc/lui-ngay.md): ghi ngày 01/09/2025, đưa lên kho ngày 20/02/2026"), page);
    }

    @Test
    void outsideAGitCheckoutDatesAreTakenAsStated() throws Exception {
        TestRepo repo = TestRepo.district2023(dir);
        assertEquals(0, repo.run("report", "--as-of", TestRepo.AUDIT_AS_OF).exit());
        JsonNode report = new ObjectMapper().readTree(repo.path("target/site/bao-cao/danh-gia.json").toFile());
        assertFalse(report.get("doi_chieu_ngay_commit").asBoolean());
        assertTrue(repo.read("target/site/bao-cao/index.html").contains("không phải kho git"));
    }

    private static JsonNode findChauO(JsonNode report) {
        for (JsonNode commune : report.get("xa")) {
            if (commune.get("ma_xa").asText().equals("chau-o")) {
                return commune;
            }
        }
        throw new AssertionError("chau-o");
    }

    private static void commit(Git git, String message, LocalDateTime when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent editor = new PersonIdent("Cán bộ biên tập", "bientap@chauo.example", when.atZone(VIETNAM).toInstant(), VIETNAM);
        git.commit().setMessage(message).setAuthor(editor).setCommitter(editor).setSign(false).call();
    }
}
