package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * One language per run: usage errors, picocli's own complaints and the help are Vietnamese by default and English
 * with {@code --lang en}, wherever {@code --lang} stands; no message shows Java text.
 */
class LanguageTest {

    /** What picocli prints in its own words: none of it may reach a person. */
    private static final List<String> PICOCLI = List.of("Usage:", "Invalid value", "Unknown option", "Missing required", "Expected parameter",
            "should be specified only once", "Unmatched argument", "Possible solutions", "Did you mean", "Show this help", "Commands:");
    private static final List<String> JAVA = List.of("java.", "Exception", "\tat ", "class ", "NumberFormat", "DateTime");

    @TempDir
    Path dir;

    static Stream<Arguments> misuses() {
        return Stream.of(
                Arguments.of(List.of("check", "--as-of", "2026-13-45"), "--as-of \"2026-13-45\" không phải một ngày có thật", "--as-of \"2026-13-45\" is not a real day"),
                Arguments.of(List.of("check", "--as-of", "yesterday"), "--as-of \"yesterday\" không phải một ngày có thật", "--as-of \"yesterday\" is not a real day"),
                Arguments.of(List.of("check", "--as-of", "2026-02-30"), "không phải một ngày có thật", "is not a real day"),
                Arguments.of(List.of("check", "--as-of", "+10000-01-01"), "không phải một ngày có thật", "is not a real day"),
                Arguments.of(List.of("serve", "--port", "99999"), "--port 99999: cổng mạng phải từ 0 đến 65535", "--port 99999: the port must be from 0 to 65535"),
                Arguments.of(List.of("serve", "--port", "-1"), "cổng mạng phải từ 0 đến 65535", "the port must be from 0 to 65535"),
                Arguments.of(List.of("serve", "--port", "http"), "--port \"http\" phải là một số nguyên", "--port \"http\" must be a whole number"),
                Arguments.of(List.of("check", "--jobs", "abc"), "--jobs \"abc\" phải là một số nguyên", "--jobs \"abc\" must be a whole number"),
                Arguments.of(List.of("check", "--jobs", "0"), "--jobs 0: số đơn vị xử lý cùng lúc phải từ 1 trở lên", "--jobs 0: the number of communes"),
                Arguments.of(List.of("report", "--year", "nam-nay"), "--year \"nam-nay\" phải là một số nguyên", "--year \"nam-nay\" must be a whole number"),
                Arguments.of(List.of("build", "--out", "README.md"), "là một tệp, không phải thư mục", "is a file, not a folder"),
                Arguments.of(List.of("build", "--out", "/"), "là thư mục gốc của ổ đĩa", "is the root of a disk"),
                Arguments.of(List.of("check", "--shard", "0/3"), "--shard \"0/3\" phải viết dạng i/n", "--shard \"0/3\" must be written i/n"),
                Arguments.of(List.of("check", "--format", "xml"), "--format \"xml\" không hợp lệ: chọn một trong text, github, json",
                        "--format \"xml\" is not valid: choose one of text, github, json"),
                Arguments.of(List.of("sections", "--format", "github"), "chọn một trong text, json", "choose one of text, json"),
                Arguments.of(List.of("check", "--comune", "xa-mau"), "không có tùy chọn --comune; có phải ý bạn là: --commune?",
                        "there is no option --comune; did you mean: --commune?"),
                Arguments.of(List.of("check", "thua"), "thừa tham số: \"thua\"", "one argument too many: \"thua\""),
                Arguments.of(List.of("check", "mot", "hai"), "thừa tham số: \"mot\" \"hai\"", "2 arguments too many: \"mot\" \"hai\""),
                Arguments.of(List.of("new"), "thiếu tham số bắt buộc: LOẠI, TIÊU_ĐỀ", "missing required parameters: KIND, TITLE"),
                Arguments.of(List.of("new", "van-ban"), "thiếu tham số bắt buộc: TIÊU_ĐỀ", "missing a required parameter: TITLE"),
                Arguments.of(List.of("check", "--as-of"), "thiếu giá trị sau --as-of: viết --as-of YYYY-MM-DD", "missing the value after --as-of"),
                Arguments.of(List.of("check", "--as-of", "2026-11-28", "--as-of", "2026-11-29"), "--as-of chỉ được ghi một lần", "--as-of may be given only once"),
                Arguments.of(List.of("check", "--commune", "xa-khong-co"), "không có đơn vị \"xa-khong-co\"", "there is no commune \"xa-khong-co\""),
                Arguments.of(List.of("buidl"), "không có lệnh \"buidl\"; các lệnh hiện có: build, check", "there is no command \"buidl\"; the commands are: build, check"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void aMisuseIsExplainedInTheRunsLanguage(List<String> args, String vietnamese, String english) {
        TestRepo repo = TestRepo.base(dir).write("README.md", "Kho.\n");
        Run vi = run(repo, args);
        assertEquals(2, vi.exit(), vi::toString);
        assertTrue(vi.err().startsWith("lỗi cách dùng: "), vi::toString);
        assertTrue(vi.err().contains(vietnamese), vi::toString);
        assertTrue(vi.err().contains("Cách dùng: congxa"), "the usage follows\n" + vi);
        assertVietnamese(vi);

        // --lang en before the command's other arguments, after them, or written --lang=en: always known in time.
        for (List<String> withEnglish : List.of(with(args, 1, "--lang", "en"), with(args, args.size(), "--lang=en"))) {
            Run en = run(repo, withEnglish);
            assertEquals(2, en.exit(), en::toString);
            assertTrue(en.err().startsWith("usage error: "), en::toString);
            assertTrue(en.err().contains(english), en::toString);
            assertTrue(en.err().contains("Usage: congxa"), en::toString);
            assertEnglish(en);
        }
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"", "build", "check", "new", "serve", "report", "sections", "schemas"})
    void theHelpOfEveryCommandIsInOneLanguage(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command));
        args.add("--help");
        Run vi = main(args);
        assertEquals(0, vi.exit(), vi::toString);
        assertTrue(vi.out().startsWith("Cách dùng: congxa"), vi::toString);
        assertVietnamese(vi);
        args.add("--lang=en");
        Run en = main(args);
        assertEquals(0, en.exit(), en::toString);
        assertTrue(en.out().startsWith("Usage: congxa"), en::toString);
        assertEnglish(en);
    }

    @Test
    void aFolderThatIsNotARepositorySaysToRunFromTheRootOrPassC() {
        Run vi = main(List.of("check", "-C", dir.toString()));
        assertEquals(2, vi.exit(), vi::toString);
        assertTrue(vi.err().startsWith("lỗi cách dùng: " + dir + " không phải thư mục gốc của kho nội dung (không có thư mục content/): "
                + "chạy lệnh từ thư mục gốc của kho, hoặc chỉ ra thư mục đó bằng -C"), vi::toString);
        Run en = main(List.of("build", "-C", dir.resolve("khong-co").toString(), "--lang", "en"));
        assertEquals(2, en.exit(), en::toString);
        assertTrue(en.err().startsWith("usage error: " + dir.resolve("khong-co") + " is not the root of a content repository"), en::toString);
        assertFalse(Files.exists(dir.resolve("khong-co")), "nothing was written");
        assertEnglish(en);
    }

    @Test
    void aBadSourceDateEpochIsAUsageErrorInTheRunsLanguage() {
        TestRepo repo = TestRepo.base(dir);
        for (String epoch : List.of("abc", "99999999999999999999", "-5")) {
            Run vi = repo.runProcess(Map.of("SOURCE_DATE_EPOCH", epoch), "check");
            assertEquals(2, vi.exit(), vi::toString);
            assertTrue(vi.err().startsWith("lỗi cách dùng: biến môi trường SOURCE_DATE_EPOCH=\"" + epoch + "\" phải là số giây"), vi::toString);
            assertVietnamese(vi);
        }
        Run en = repo.runProcess(Map.of("SOURCE_DATE_EPOCH", "abc"), "build", "--lang", "en");
        assertEquals(2, en.exit(), en::toString);
        assertTrue(en.err().startsWith("usage error: environment variable SOURCE_DATE_EPOCH=\"abc\" must be seconds"), en::toString);
        assertFalse(Files.exists(repo.path("target")));
    }

    @Test
    void englishCountsAreSingularOrPlural() {
        TestRepo repo = TestRepo.base(dir);
        repo.write("communes/xa-mau/van-ban/qd-12.md", repo.read("communes/xa-mau/van-ban/qd-12.md").replace("so_ky_hieu: 12/QĐ-UBND\n", ""));
        assertTrue(repo.run("check", "--as-of", TestRepo.AS_OF, "--lang", "en").err().contains("1 error and 0 warnings"));
        repo.write("communes/xa-mau/van-ban/kh-30.md", repo.read("communes/xa-mau/van-ban/kh-30.md").replaceFirst("\ntitle: [^\n]*", ""));
        Run two = repo.run("check", "--as-of", TestRepo.AS_OF, "--lang", "en");
        assertTrue(two.err().contains("2 errors and 0 warnings"), two::toString);
        repo.write("communes/xa-mau/van-ban/qd-12.md", TestRepo.base(dir.resolve("sach")).read("communes/xa-mau/van-ban/qd-12.md"));
        repo.write("communes/xa-mau/van-ban/kh-30.md", TestRepo.base(dir.resolve("sach2")).read("communes/xa-mau/van-ban/kh-30.md"));
        Run built = repo.run("build", "--as-of", TestRepo.AS_OF, "--lang", "en");
        assertTrue(built.err().contains("Check finished: 0 errors, 0 warnings."), built::toString);
        assertTrue(built.err().matches("(?s).*Built 1 portal, kept 0 unchanged; \\d+ pages in .*"), built::toString);
        assertTrue(built.err().contains("search index of "), built::toString);
    }

    private static List<String> with(List<String> args, int at, String... inserted) {
        List<String> all = new ArrayList<>(args);
        all.addAll(Math.min(at, all.size()), List.of(inserted));
        return all;
    }

    private static Run run(TestRepo repo, List<String> args) {
        return repo.run(args.get(0), args.subList(1, args.size()).toArray(String[]::new));
    }

    private static Run main(List<String> args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        return new Run(exit, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void assertVietnamese(Run run) {
        String all = run.out() + run.err();
        PICOCLI.forEach(english -> assertFalse(all.contains(english), () -> "picocli's \"" + english + "\"\n" + run));
        JAVA.forEach(java -> assertFalse(all.contains(java), () -> "Java text \"" + java + "\"\n" + run));
    }

    /** English only: no letter of Vietnamese (or any accented Latin letter), no Java text. */
    private static void assertEnglish(Run run) {
        String all = run.out() + run.err();
        assertTrue(all.codePoints().noneMatch(c -> (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x300 && c <= 0x36F)),
                () -> "a Vietnamese letter in an English run\n" + run);
        JAVA.forEach(java -> assertFalse(all.contains(java), () -> "Java text \"" + java + "\"\n" + run));
    }
}
