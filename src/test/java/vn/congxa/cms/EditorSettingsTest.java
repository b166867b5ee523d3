package vn.congxa.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * The web editor is the repository's choice: {@value Editor#SETTINGS} gives its repository and sign-in, and without
 * the file the portals have none; a file without a usable {@code backend} is an error that stops the build.
 */
class EditorSettingsTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheSettingsThePortalsHaveNoEditor() {
        TestRepo repo = TestRepo.base(dir);
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(0, run.exit(), run::toString);
        assertTrue(Files.isRegularFile(repo.path("target/site/xa-mau/index.html")));
        assertFalse(Files.exists(repo.path("target/site/xa-mau/" + Editor.FOLDER)));
    }

    @Test
    void theSettingsGiveEveryPortalAnEditorOfItsOwnSections() throws Exception {
        TestRepo repo = TestRepo.base(dir).write(Editor.SETTINGS, """
                backend:
                  name: github
                  repo: so-khcn/cong-xa
                  branch: main
                  base_url: https://xac-thuc.example.gov.vn
                """);
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(0, run.exit(), run::toString);
        String config = Files.readString(repo.path("target/site/xa-mau/" + Editor.FOLDER + "/config.yml"));
        assertTrue(config.contains("backend:\n  name: github\n  repo: so-khcn/cong-xa\n  branch: main\n  base_url: https://xac-thuc.example.gov.vn\n"),
                config);
        assertTrue(config.contains("folder: communes/xa-mau/van-ban\n") && config.contains("folder: communes/xa-mau/gioi-thieu/lanh-dao\n"), config);
        assertTrue(Files.isRegularFile(repo.path("target/site/xa-mau/" + Editor.FOLDER + "/decap-cms.js")));
        assertTrue(Files.readString(repo.path("target/site/xa-mau/" + Editor.FOLDER + "/index.html")).contains("<script src=\"decap-cms.js\"></script>"));
    }

    @Test
    void settingsWithoutABackendStopTheBuild() {
        TestRepo repo = TestRepo.base(dir).write(Editor.SETTINGS, "backend: gitlab\n");
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains(Editor.SETTINGS + ":1: lỗi: thiếu khóa \"backend\"") && run.out().contains("[cms-backend]"), run::toString);
        assertFalse(Files.exists(repo.path("target/site/xa-mau")));
        // The merge request's check finds it too, not only the build on the main branch.
        TestRepo.Run check = repo.run("check", "--as-of", TestRepo.AS_OF);
        assertEquals(1, check.exit(), check::toString);
        assertTrue(check.out().contains(Editor.SETTINGS + ":1: lỗi: thiếu khóa \"backend\"") && check.out().contains("[cms-backend]"), check::toString);
    }
}
