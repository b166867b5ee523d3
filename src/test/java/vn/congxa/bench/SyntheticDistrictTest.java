package vn.congxa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.bench.SyntheticDistrict.Tree;
import vn.congxa.cli.Main;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;

/**
 * The benchmark's district is content congxa accepts, covers every kind, is the same for the same seed, and holds the
 * same items in its Hugo and JBake trees as in its congxa tree (building those needs Hugo and JBake: bench/run does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDistrictTest {

    private static final Path PROJECT = Path.of("");
    private static final int COMMUNES = 2;
    private static final int ITEMS = 60;

    @TempDir
    static Path dir;

    private Path district;

    @BeforeAll
    void generate() throws IOException {
        district = dir.resolve("district");
        SyntheticDistrict.write(PROJECT, COMMUNES, ITEMS, SyntheticDistrict.DEFAULT_SEED, district);
    }

    @Test
    void passesTheCheckWithoutAnyFinding() {
        TestRepo.Run run = check(district);
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertEquals("Kiểm tra xong: 0 lỗi, 0 cảnh báo.", run.err().strip(), run::toString); // no finding, not even a warning
    }

    @Test
    void coversEveryKind() throws IOException {
        ProfileLoader.Loaded loaded = ProfileLoader.load(PROJECT);
        Set<String> kinds = new TreeSet<>(loaded.kinds().orElseThrow().kinds().keySet());
        Set<String> written = new TreeSet<>();
        for (Section section : loaded.inForce(SyntheticDistrict.AS_OF).orElseThrow().all().toList()) {
            if (!markdown(district.resolve("congxa/communes/xa-001").resolve(section.path()), 1).isEmpty()) {
                written.add(section.kind());
            }
        }
        assertEquals(kinds, written);
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        SyntheticDistrict.write(PROJECT, COMMUNES, ITEMS, SyntheticDistrict.DEFAULT_SEED, again);
        assertEquals(TestRepo.fingerprint(district), TestRepo.fingerprint(again));
        Path other = dir.resolve("other");
        SyntheticDistrict.write(PROJECT, COMMUNES, ITEMS, SyntheticDistrict.DEFAULT_SEED + 1, other);
        assertNotEquals(TestRepo.fingerprint(district), TestRepo.fingerprint(other));
    }

    @Test
    void everyTreeHoldsTheSameItems() throws IOException {
        List<String> congxa = markdown(district.resolve("congxa/communes"), Integer.MAX_VALUE).stream()
                .map(path -> path.replaceFirst("^(xa-\\d+)/", "$1/content/")).toList();
        assertEquals(COMMUNES * ITEMS, congxa.size());
        assertEquals(congxa, markdown(district.resolve("hugo"), Integer.MAX_VALUE).stream()
                .filter(path -> !path.endsWith("_index.md")).toList());
        assertEquals(congxa, markdown(district.resolve("jbake"), Integer.MAX_VALUE));
        assertEquals(COMMUNES * ITEMS, Files.readAllLines(district.resolve(SyntheticDistrict.ITEM_PAGES)).size());
    }

    @Test
    void anEditChangesOneItemInEachTree() throws IOException {
        Path edited = dir.resolve("edited");
        SyntheticDistrict.write(PROJECT, COMMUNES, ITEMS, SyntheticDistrict.DEFAULT_SEED, edited);
        Set<String> before = lines(TestRepo.fingerprint(edited));
        assertEquals("xa-001", SyntheticDistrict.edit(edited, List.of(Tree.values())));
        Set<String> changed = lines(TestRepo.fingerprint(edited));
        changed.removeAll(before);
        assertEquals(Set.of("congxa", "hugo", "jbake"), changed.stream().map(line -> line.split("/")[0]).collect(Collectors.toSet()));
        assertEquals(3, changed.size(), changed::toString);
        TestRepo.Run run = check(edited);
        assertEquals(0, run.exit(), run::toString);
    }

    /** {@code congxa check} on the district's congxa tree. */
    private static TestRepo.Run check(Path district) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check", "-C", district.resolve(Tree.CONGXA.folder()).toString(), "--as-of", TestRepo.SAMPLE_AS_OF},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new TestRepo.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The Markdown files under a folder, as sorted relative paths, up to {@code depth} folders down. */
    private static List<String> markdown(Path folder, int depth) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(file -> file.toString().endsWith(".md")).map(file -> folder.relativize(file).toString()).sorted().toList();
        }
    }

    private static Set<String> lines(String text) {
        return text.lines().collect(Collectors.toCollection(TreeSet::new));
    }
}
