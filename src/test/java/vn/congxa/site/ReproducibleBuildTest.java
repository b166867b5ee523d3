package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/** The same input gives the same site, byte for byte: no build time in pages; SOURCE_DATE_EPOCH honoured. */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    /** Communes baked one after another, or all at once on their own threads, give the same bytes. */
    @Test
    void aBuildOnOneThreadAndOnSeveralHashTheSame() {
        TestRepo repo = TestRepo.district2023(dir.resolve("repo"));
        Run sequential = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--jobs", "1", "--out", dir.resolve("first").toString());
        assertEquals(0, sequential.exit(), sequential::toString);
        Run parallel = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--jobs", "3", "--out", dir.resolve("second").toString());
        assertEquals(0, parallel.exit(), parallel::toString);
        String first = TestRepo.fingerprint(dir.resolve("first"));
        assertTrue(first.lines().count() > 150, first);
        assertEquals(first, TestRepo.fingerprint(dir.resolve("second")));
    }

    @Test
    void noJobsAtAllIsAUsageError() {
        Run run = TestRepo.base(dir).run("build", "--jobs", "0");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--jobs 0: số đơn vị xử lý cùng lúc phải từ 1 trở lên"), run::toString);
    }

    @Test
    void sourceDateEpochIsTodayAndEveryFilesTime() throws IOException {
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        long epoch = 1_795_824_000L; // 2026-11-27T00:00:00Z
        Run run = repo.runProcess(Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)), "build");
        assertEquals(0, run.exit(), run::toString);
        try (Stream<Path> files = Files.walk(repo.path("target/site"))) {
            for (Path file : files.toList()) {
                assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(epoch)), Files.getLastModifiedTime(file), file::toString);
            }
        }
        // Seven months later the documents are out of date: the variable is "today" too.
        Run later = repo.runProcess(Map.of("SOURCE_DATE_EPOCH", "1811808000"), "check"); // 2027-06-01
        assertEquals(1, later.exit(), later::toString);
        assertTrue(later.out().contains("[stale-section]"), later::toString);
    }

    @Test
    void aSourceDateEpochThatIsNotANumberIsAUsageError() {
        Run run = TestRepo.base(dir).runProcess(Map.of("SOURCE_DATE_EPOCH", "hôm qua"), "check");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("SOURCE_DATE_EPOCH=\"hôm qua\" phải là số giây kể từ 01/01/1970 (UTC)"), run::toString);
    }
}
