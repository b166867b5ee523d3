package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/** A failed build never touches the site that was built before; a partial build touches only its communes. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByte() {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        String before = TestRepo.fingerprint(repo.path("target/site"));
        repo.delete("communes/xa-mau/van-ban");
        TestRepo.Run failed = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("Chưa ghi gì: bản đã dựng trước đó (nếu có) được giữ nguyên."), failed::toString);
        // The commune at fault is said to be not built, not kept as if nothing had changed.
        assertTrue(failed.err().contains("[1/1] Chưa dựng xa-mau (Ủy ban nhân dân xã Mẫu): có lỗi, xem các dòng lỗi"), failed::toString);
        assertFalse(failed.err().contains("Giữ nguyên xa-mau"), failed::toString);
        assertEquals(before, TestRepo.fingerprint(repo.path("target/site")));
        assertNoStagingLeft(repo);
    }

    /** An error outside the communes (here the shared content) stops every commune: none is said to be kept or built. */
    @Test
    void aBuildStoppedByAnErrorOutsideTheCommunesSaysNoCommuneWasBuilt() {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        String before = TestRepo.fingerprint(repo.path("target/site"));
        repo.write("content/dieu-khoan.md", "---\ntitle: [không đóng\n---\nNội dung.\n");
        TestRepo.Run failed = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(1, failed.exit(), failed::toString);
        assertTrue(failed.err().contains("[1/1] Chưa dựng xa-mau (Ủy ban nhân dân xã Mẫu): bản dựng có lỗi ngoài thư mục của đơn vị"),
                failed::toString);
        assertFalse(failed.err().contains("Giữ nguyên xa-mau") || failed.err().contains("Đã dựng xa-mau"), failed::toString);
        assertEquals(before, TestRepo.fingerprint(repo.path("target/site")));
    }

    @Test
    void aSuccessfulBuildReplacesTheWholeSiteAndRemovesOutputOfDeletedSources() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        repo.run("build", "--as-of", TestRepo.AS_OF);
        assertTrue(Files.exists(repo.path("target/site/xa-mau/tin-tuc/hoi-nghi.html")));
        repo.delete("communes/xa-mau/tin-tuc/hoi-nghi.md");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        assertTrue(Files.notExists(repo.path("target/site/xa-mau/tin-tuc/hoi-nghi.html")));
        assertNoStagingLeft(repo);
    }

    @Test
    void aBuildOfOneCommuneLeavesTheOtherCommunesSitesAsTheyWere() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        TestRepo.copyTree(repo.path("communes/xa-mau"), repo.path("communes/xa-hai"));
        repo.write("communes/xa-hai/commune.yml", repo.read("communes/xa-hai/commune.yml")
                .replace("xamau.example", "xahai.example").replace("xã Mẫu", "xã Hai"));
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        String hub = repo.read("target/site/index.html");
        assertTrue(hub.contains("href=\"https://xahai.example.gov.vn/\"") && hub.contains("href=\"https://xamau.example.gov.vn/\""), hub);
        String mau = TestRepo.fingerprint(repo.path("target/site/xa-mau"));
        String hai = TestRepo.fingerprint(repo.path("target/site/xa-hai"));

        repo.write("communes/xa-hai/tin-tuc/moi.md", "---\ntitle: Tin mới của xã Hai\ndate: 2026-11-27\n---\nNội dung.\n");
        repo.write("communes/xa-mau/tin-tuc/moi.md", "---\ntitle: Tin mới của xã Mẫu\ndate: 2026-11-27\n---\nNội dung.\n");
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.AS_OF, "--commune", "xa-hai");
        assertEquals(0, run.exit(), run::toString);
        assertEquals(mau, TestRepo.fingerprint(repo.path("target/site/xa-mau")));
        assertNotEquals(hai, TestRepo.fingerprint(repo.path("target/site/xa-hai")));
        assertTrue(Files.exists(repo.path("target/site/xa-hai/tin-tuc/moi.html")));
        assertEquals(hub, repo.read("target/site/index.html"), "the hub still lists every commune");
        assertNoStagingLeft(repo);
    }

    @Test
    void outIsHonoured() {
        TestRepo repo = TestRepo.base(dir);
        Path out = dir.resolve("public/sites");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString()).exit());
        assertTrue(Files.isRegularFile(out.resolve("xa-mau/index.html")));
        assertTrue(Files.notExists(repo.path("target/site")));
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        String sources = TestRepo.fingerprint(repo.root());
        Path out = dir.resolve("public/sites");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString()).exit());
        assertEquals(sources, TestRepo.fingerprint(repo.root()));
        try (Stream<Path> entries = Files.list(dir.resolve("public"))) {
            assertEquals(java.util.List.of("sites"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void assertNoStagingLeft(TestRepo repo) {
        try (Stream<Path> entries = Files.list(repo.path("target"))) {
            assertEquals(java.util.List.of("site"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
