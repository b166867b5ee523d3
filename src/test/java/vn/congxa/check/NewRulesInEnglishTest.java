package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/** The findings of honest content, names, attachments and links read in one language per run: English with --lang en. */
class NewRulesInEnglishTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"body-that-says-nothing", "date-in-the-future", "published-before-issued", "schedule-outside-its-week",
            "same-attachment-twice", "name-of-a-generated-page", "editor-junk", "files-a-server-would-run", "svg-with-script",
            "links-the-page-would-drop"})
    void everyFindingIsInEnglishWithTheSameRulesAndLines(String folder) {
        TestRepo repo = TestRepo.base(dir);
        TestRepo.copyTree(CORPUS.resolve(folder).resolve("files"), repo.root());
        Run vietnamese = repo.run("check", "--as-of", TestRepo.AS_OF);
        Run english = repo.run("check", "--as-of", TestRepo.AS_OF, "--lang", "en");
        assertEquals(vietnamese.exit(), english.exit(), english::toString);
        assertEquals(where(vietnamese.lines()), where(english.lines()), english::toString);
        for (String line : english.lines()) {
            assertTrue(line.contains(": error: ") || line.contains(": warning: "), line);
            // Words of the Vietnamese catalogue; an editor's values are quoted, and the parts of the day are what editors write.
            for (String word : List.of(" không ", " trường ", " tệp ", " liên kết ", " bài ", " đổi tên ", " chuyên mục ")) {
                assertFalse(line.replaceAll("\"[^\"]*\"", "\"…\"").contains(word), () -> word + " in " + line);
            }
        }
    }

    /** Each line's path, line and rule: what must not depend on the language. */
    private static List<String> where(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("^(.*?): (lỗi|cảnh báo|error|warning): .*\\[([a-z-]+)].*$", "$1 [$3]")).toList();
    }
}
