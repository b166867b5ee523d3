package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;
import vn.congxa.site.OutputFolder;

/**
 * The build cache: a unit whose inputs did not change is recalled, not read, and contributes the findings, hub facts
 * and report summaries the build that read it found; an entry that is corrupt, stale, foreign or of another version is
 * ignored and written again, never trusted; and whatever the cache holds, the output is the bytes a sequential build
 * from nothing writes. On the sample of 2026, whose report has two periods (Nghị định 42/2022 until 30/6, then
 * 224/2026), so each entry holds a summary per period.
 */
class BuildCacheTest {

    private static final String ITEM = "communes/dong-son/tin-tuc/bai-co-canh-bao.md";
    private static final String ENTRY = "target/site/" + OutputFolder.CACHE + "/dong-son.json";

    @TempDir
    Path dir;

    /** The sample, with one item of Đông Sơn that has a warning (a link over http), so that its entry holds a finding. */
    private static TestRepo repo(Path dir) {
        return TestRepo.sample(dir).write(ITEM, "---\ntitle: Bài có cảnh báo\ndate: 2026-11-20\n---\n"
                + "Xem [trang cũ](http://dongson.example.vn/bai-cu) về lịch tiếp công dân của xã trong tháng.\n");
    }

    private static Run build(TestRepo repo, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--as-of", TestRepo.SAMPLE_AS_OF));
        args.addAll(List.of(more));
        Run run = repo.run("build", args.toArray(String[]::new));
        assertEquals(0, run.exit(), run::toString);
        return run;
    }

    private static List<String> warnings(Run run) {
        return run.out().lines().filter(line -> line.startsWith(ITEM)).toList();
    }

    private static String site(TestRepo repo) {
        return TestRepo.fingerprint(repo.path("target/site"));
    }

    @Test
    void anUnchangedUnitIsRecalledWithWhatItsCheckFound() throws IOException {
        TestRepo repo = repo(dir.resolve("repo"));
        Run first = build(repo);
        List<String> warnings = warnings(first);
        assertEquals(1, warnings.size(), first::toString);
        assertTrue(warnings.get(0).contains("[insecure-link]"), warnings::toString);

        Run again = build(repo);
        assertEquals(warnings, warnings(again), "a recalled unit's findings are printed as the build that read it printed them");
        assertTrue(again.err().contains("0 lỗi, 1 cảnh báo"), again::toString);

        // Proof that the unit was recalled and not read: what the entry says of it is what the hub lists.
        repo.write(ENTRY, repo.read(ENTRY).replace("\"name\":\"Ủy ban nhân dân xã Đông Sơn\"", "\"name\":\"Tên trong bộ nhớ đệm\""));
        build(repo);
        assertTrue(repo.read("target/site/index.html").contains("Tên trong bộ nhớ đệm"), "an entry with the same inputs is used");
    }

    /** Damage done to an entry, and why a build must not trust what is left. */
    static Stream<Arguments> damagedEntries() {
        return Stream.of(
                Arguments.of("cut in the middle", (UnaryOperator<String>) text -> text.substring(0, text.length() / 2)),
                Arguments.of("not JSON at all", (UnaryOperator<String>) text -> "\u0000\u0001 rác"),
                Arguments.of("empty", (UnaryOperator<String>) text -> ""),
                Arguments.of("another version's layout", (UnaryOperator<String>) text -> text.replace("\"format\":2", "\"format\":3")),
                Arguments.of("a message another version knew",
                        (UnaryOperator<String>) text -> text.replaceFirst("\"key\":\"[^\"]+\"", "\"key\":\"khong.co.khoa.nay\"")),
                Arguments.of("a number where a text should be",
                        (UnaryOperator<String>) text -> text.replaceFirst("\"title\":\"[^\"]+\"", "\"title\":42")),
                Arguments.of("fewer periods than the report has",
                        (UnaryOperator<String>) text -> text.replaceFirst("\\},\\{\"slug\":\"dong-son\",\"repoPath\".*\\]\\}$", "}]}")),
                Arguments.of("a JSON array", (UnaryOperator<String>) text -> "[1, 2, 3]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedEntries")
    void aDamagedEntryIsIgnoredAndWrittenAgain(String damage, UnaryOperator<String> harm) {
        TestRepo repo = repo(dir.resolve("repo"));
        Run first = build(repo);
        String site = site(repo);
        String entry = repo.read(ENTRY);
        String damaged = harm.apply(entry);
        assertFalse(damaged.equals(entry), "the damage changed the entry");
        repo.write(ENTRY, damaged);

        Run next = build(repo);
        assertEquals(warnings(first), warnings(next), next::toString);
        assertEquals(entry, repo.read(ENTRY), "the entry is written again from the unit's files");
        assertEquals(site, site(repo));
    }

    @Test
    void aStaleEntryIsNeverTrusted() {
        TestRepo repo = repo(dir.resolve("repo"));
        build(repo);
        String before = repo.read(ENTRY);
        // The editor fixes the link: the warning goes, and the entry is written again for the new files.
        repo.write(ITEM, repo.read(ITEM).replace("http://", "https://"));
        Run fixed = build(repo);
        assertEquals(List.of(), warnings(fixed), fixed::toString);
        // The entry of the files as they were, put back (a restored backup, an older build's folder): ignored.
        repo.write(ENTRY, before);
        Run next = build(repo);
        assertEquals(List.of(), warnings(next), "the old entry's warning is not printed: " + next);
        assertFalse(repo.read(ENTRY).equals(before));
    }

    @Test
    void anotherUnitsEntryIsNeverTrusted() {
        TestRepo repo = repo(dir.resolve("repo"));
        build(repo);
        String site = site(repo);
        String dongSon = repo.read(ENTRY);
        repo.write(ENTRY, repo.read("target/site/" + OutputFolder.CACHE + "/binh-son.json"));
        Run next = build(repo);
        assertEquals(1, warnings(next).size(), next::toString);
        assertEquals(dongSon, repo.read(ENTRY));
        assertEquals(site, site(repo));
    }

    @Test
    void aCacheFolderCongxaDidNotMakeIsNeitherReadNorWrittenThrough() throws IOException {
        TestRepo repo = repo(dir.resolve("repo"));
        build(repo);
        Path cache = repo.path("target/site/" + OutputFolder.CACHE);
        Path elsewhere = dir.resolve("elsewhere");
        TestRepo.copyTree(cache, elsewhere);
        Path planted = elsewhere.resolve("dong-son.json");
        Files.writeString(planted, Files.readString(planted).replace("Ủy ban nhân dân xã Đông Sơn", "Tên gài vào"));
        String outside = TestRepo.fingerprint(elsewhere);
        TestRepo.deleteTree(cache);
        Files.createSymbolicLink(cache, elsewhere);

        build(repo);
        assertFalse(repo.read("target/site/index.html").contains("Tên gài vào"), "a linked folder's entries are not used");
        assertEquals(outside, TestRepo.fingerprint(elsewhere), "nothing is written through the link");
    }

    @Test
    void cachedParallelBuildsWriteTheBytesOfASequentialBuildFromNothing() {
        TestRepo repo = repo(dir.resolve("repo"));
        build(repo, "--jobs", "2");
        String edited = "communes/binh-son/tin-tuc/bai-moi.md";
        String text = "---\ntitle: Bài mới của xã\ndate: 2026-11-25\n---\nXã tổ chức hội nghị tiếp xúc cử tri trước kỳ họp.\n";
        repo.write(edited, text);
        Run next = build(repo, "--jobs", "2");
        assertTrue(next.err().contains("Đã dựng 1 cổng, giữ nguyên 3 cổng"), next::toString);

        TestRepo fresh = repo(dir.resolve("fresh"));
        fresh.write(edited, text);
        build(fresh, "--jobs", "1");
        assertEquals(site(fresh), site(repo), "the sites, the hub, the report and the cache itself");
    }
}
