package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * A build after an editor's change bakes again only the communes whose inputs changed, copies the others from the
 * previous build, and writes exactly what a build from nothing would write (pages of deleted items gone). On the
 * three communes of the district of 2023.
 */
class IncrementalBuildTest {

    private static final String ITEM = "communes/binh-thanh/tin-tuc/bai-sua.md";

    @TempDir
    Path dir;

    private static List<String> baked(Run run) {
        return run.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] Đã dựng .*")).map(l -> l.split(" ")[3]).sorted().toList();
    }

    private static List<String> kept(Run run) {
        return run.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] Giữ nguyên .*")).map(l -> l.split(" ")[3]).sorted().toList();
    }

    @Test
    void anEditToOneCommuneBakesOnlyThatCommuneAndWritesWhatAFullBuildWould() {
        TestRepo repo = TestRepo.district2023(dir.resolve("repo"));
        repo.write(ITEM, "---\ntitle: Bài sẽ sửa\ndate: 2026-02-20\n---\nBản đầu.\n");
        Run first = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(List.of("binh-chau", "binh-thanh", "chau-o"), baked(first), first::toString);

        Run same = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(List.of(), baked(same), same::toString);
        assertEquals(List.of("binh-chau", "binh-thanh", "chau-o"), kept(same));

        repo.write(ITEM, "---\ntitle: Bài đã sửa\ndate: 2026-02-20\n---\nBản sau.\n");
        Run edited = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(List.of("binh-thanh"), baked(edited), edited::toString);
        assertEquals(List.of("binh-chau", "chau-o"), kept(edited));
        assertTrue(repo.read("target/site/binh-thanh/tin-tuc/bai-sua.html").contains("Bài đã sửa"));

        repo.delete(ITEM);
        Run deleted = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(List.of("binh-thanh"), baked(deleted), deleted::toString);
        assertFalse(repo.path("target/site/binh-thanh/tin-tuc/bai-sua.html").toFile().exists(), "the page of a deleted item is gone");

        // The same content built from nothing, elsewhere: the same bytes.
        TestRepo fresh = TestRepo.district2023(dir.resolve("fresh"));
        assertEquals(0, fresh.run("build", "--as-of", TestRepo.AUDIT_AS_OF).exit());
        assertEquals(TestRepo.fingerprint(fresh.path("target/site")), TestRepo.fingerprint(repo.path("target/site")));
    }

    /** A kept commune's bodies are read for their checks alone: its findings are those of the build that wrote it. */
    @Test
    void aKeptCommuneIsReportedAsTheBuildThatWroteItReportedIt() {
        TestRepo repo = TestRepo.district2023(dir.resolve("repo"));
        repo.write(ITEM, "---\ntitle: Bài có cảnh báo\ndate: 2026-02-20\n---\nXem [trang cũ](http://binhthanh.example.vn/bai-cu).\n\n"
                + "Viết nội dung bài ở đây.\n");
        Run first = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(0, first.exit(), first::toString);
        List<String> warnings = first.out().lines().filter(line -> line.startsWith(ITEM)).toList();
        assertEquals(2, warnings.size(), first::toString); // the insecure link and the placeholder, on their lines
        assertTrue(warnings.get(0).contains(":5: cảnh báo:") && warnings.get(0).contains("[insecure-link]"), warnings::toString);

        repo.write("communes/chau-o/tin-tuc/bai-moi.md", "---\ntitle: Bài mới\ndate: 2026-02-21\n---\nMột bài có nội dung.\n");
        Run next = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(List.of("chau-o"), baked(next), next::toString);
        assertEquals(warnings, next.out().lines().filter(line -> line.startsWith(ITEM)).toList());
    }

    @Test
    void aChangeToTheSharedTemplatesOrAnotherDayBakesEveryCommune() {
        TestRepo repo = TestRepo.district2023(dir);
        repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
        repo.write("templates/assets/style.css", repo.read("templates/assets/style.css") + "\n/* đổi */\n");
        assertEquals(List.of("binh-chau", "binh-thanh", "chau-o"), baked(repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF)));
        assertEquals(List.of("binh-chau", "binh-thanh", "chau-o"), baked(repo.run("build", "--as-of", "2026-03-02")));
    }
}
