package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * Many communes on many threads give what one thread gives, byte for byte, every time: the work of each commune
 * shares nothing mutable with the others'. Before, the threads added to one list of findings that a rule read at the
 * same time, and a district of 120 communes, some without commune.yml, ended in exit 3 and the message "null".
 */
class ParallelStressTest {

    private static final int COMMUNES = 120;

    @TempDir
    Path dir;

    /** The base fixture's commune 120 times, each with its own address; with problems in some, when asked. */
    private static TestRepo district(Path dir, boolean withProblems) {
        TestRepo repo = TestRepo.base(dir);
        String config = repo.read("communes/xa-mau/commune.yml");
        String document = repo.read("communes/xa-mau/van-ban/qd-12.md");
        for (int i = 1; i <= COMMUNES; i++) {
            String slug = String.format("xa-%03d", i);
            TestRepo.copyTree(repo.path("communes/xa-mau"), repo.path("communes/" + slug));
            repo.write("communes/" + slug + "/commune.yml", config.replace("xamau.example", slug + ".example").replace("xã Mẫu", "xã số " + i));
            if (!withProblems) {
                continue;
            }
            if (i % 9 == 0) {
                repo.delete("communes/" + slug + "/commune.yml");
            } else if (i % 5 == 0) {
                repo.write("communes/" + slug + "/van-ban/qd-12.md", document.replace("so_ky_hieu: 12/QĐ-UBND\n", ""));
            } else if (i % 7 == 0) {
                repo.write("communes/" + slug + "/tin-tuc/hong.md", "---\ntitle: [không đóng\ndate: 2026-11-20\n---\nNội dung.\n");
            } else if (i % 11 == 0) {
                repo.write("communes/" + slug + "/commune.yml", config); // the address of xa-mau, the model
            }
        }
        return repo;
    }

    @Test
    void checkingOnEightOrSixteenThreadsPrintsWhatOneThreadPrints() {
        TestRepo repo = district(dir, true);
        Run sequential = repo.run("check", "--as-of", TestRepo.AS_OF, "--jobs", "1");
        assertEquals(1, sequential.exit(), sequential::toString);
        assertTrue(sequential.out().contains("communes/xa-009/commune.yml: lỗi: thiếu tệp commune.yml"), sequential::toString);
        assertTrue(sequential.out().contains("communes/xa-005/van-ban/qd-12.md:2: lỗi: thiếu trường bắt buộc \"so_ky_hieu\""), sequential::toString);
        assertTrue(sequential.out().contains("communes/xa-007/tin-tuc/hong.md:"), sequential::toString);
        assertTrue(sequential.out().contains("communes/xa-011/commune.yml:9: lỗi: địa chỉ cổng"), sequential::toString);
        for (String jobs : new String[] {"8", "8", "8", "16", "16"}) {
            Run parallel = repo.run("check", "--as-of", TestRepo.AS_OF, "--jobs", jobs);
            assertEquals(sequential.exit(), parallel.exit(), parallel::toString);
            assertEquals(sequential.out(), parallel.out(), "--jobs " + jobs);
            assertEquals(sequential.err(), parallel.err(), "--jobs " + jobs);
        }
    }

    @Test
    void buildingOnEightThreadsWritesTheFilesOneThreadWrites() {
        TestRepo repo = district(dir.resolve("repo"), false);
        Run sequential = repo.run("build", "--as-of", TestRepo.AS_OF, "--jobs", "1", "--out", dir.resolve("jobs-1").toString());
        assertEquals(0, sequential.exit(), sequential::toString);
        String expected = TestRepo.fingerprint(dir.resolve("jobs-1"));
        assertTrue(expected.contains("xa-120/index.html"), expected);
        for (String out : new String[] {"jobs-8-a", "jobs-8-b"}) {
            Run parallel = repo.run("build", "--as-of", TestRepo.AS_OF, "--jobs", "8", "--out", dir.resolve(out).toString());
            assertEquals(0, parallel.exit(), parallel::toString);
            assertEquals(sequential.out(), parallel.out());
            assertFalse(parallel.err().contains("null"), parallel::toString);
            assertEquals(expected, TestRepo.fingerprint(dir.resolve(out)), out);
        }
    }
}
