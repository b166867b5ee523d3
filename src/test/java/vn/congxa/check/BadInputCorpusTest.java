package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The corpus of bad inputs under {@code src/test/resources/bad-inputs/}: each case folder holds {@code files/},
 * laid over the base fixture, and {@code expected.txt}: the exit code of {@code check}, then exactly the lines it
 * must print. No case may end in a stack trace.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCasePrintsExactlyItsFindings() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CORPUS)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            TestRepo repo = TestRepo.base(dir.resolve(folder.getFileName().toString()));
            TestRepo.copyTree(folder.resolve("files"), repo.root());
            List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .toList();
            assertTrue(expected.get(0).matches("exit \\d"), "expected.txt starts with the exit code");
            Run run = repo.run("check", "--as-of", TestRepo.AS_OF);
            assertEquals(expected.subList(1, expected.size()), run.lines(), run::toString);
            assertEquals(Integer.parseInt(expected.get(0).substring(5)), run.exit(), run::toString);
            assertNoStackTrace(run);
        }));
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        TestRepo repo = TestRepo.base(dir).write("communes/xa-mau/tin-tuc/qua-lon.md",
                "---\ntitle: Quá lớn\ndate: 2026-11-20\n---\n" + "Một dòng rất dài của bài viết. ".repeat(40_000));
        Run run = repo.run("check", "--as-of", TestRepo.AS_OF);
        assertEquals(List.of("communes/xa-mau/tin-tuc/qua-lon.md: lỗi: tệp lớn hơn 1024 KB: chia thành nhiều bài hoặc đưa phần dài "
                + "vào tệp đính kèm [file-too-large]"), run.lines());
        assertEquals(1, run.exit());
        assertNoStackTrace(run);
    }

    @Test
    void aSymbolicLinkIsRefusedWhereverItPoints() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        Files.createSymbolicLink(repo.path("communes/xa-mau/tin-tuc/mat-khau.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(repo.path("communes/xa-mau/van-ban/tep/ngoai-kho.pdf"), Path.of("../../../../../outside.pdf"));
        Run run = repo.run("check", "--as-of", TestRepo.AS_OF);
        assertEquals(List.of(
                "communes/xa-mau/tin-tuc/mat-khau.md: lỗi: không được dùng liên kết tượng trưng (symbolic link): đặt tệp thật vào thư mục [symlink]",
                "communes/xa-mau/van-ban/tep/ngoai-kho.pdf: lỗi: không được dùng liên kết tượng trưng (symbolic link): đặt tệp thật vào thư mục [symlink]"),
                run.lines());
        assertEquals(1, run.exit());
        assertNoStackTrace(run);
    }

    static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.out().contains("\tat "), run::toString);
    }
}
