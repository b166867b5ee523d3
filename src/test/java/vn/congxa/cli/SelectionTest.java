package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * Which communes a CI job builds: the shards of a matrix build together hold every commune exactly once, and a pull
 * request's check covers the communes its files touch (all of them when shared content or templates change). On the
 * three communes of the district of 2023.
 */
class SelectionTest {

    private static final List<String> DISTRICT = List.of("binh-chau", "binh-thanh", "chau-o");

    @TempDir
    Path dir;

    private static List<String> built(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(DISTRICT::contains).sorted().toList();
        }
    }

    @Test
    void theShardsOfABuildHoldEveryCommuneExactlyOnce() throws IOException {
        TestRepo repo = TestRepo.district2023(dir);
        for (int count = 1; count <= 4; count++) {
            List<String> all = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                Path out = dir.resolve("out-" + count + "-" + index);
                Run run = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--shard", index + "/" + count, "--out", out.toString());
                assertEquals(0, run.exit(), run::toString);
                List<String> shard = built(out);
                assertTrue(shard.size() <= (DISTRICT.size() + count - 1) / count, "shards are even: " + shard);
                all.addAll(shard);
                assertTrue(!Files.exists(out.resolve("index.html")), "a shard writes no hub");
            }
            assertEquals(DISTRICT, all.stream().sorted().toList(), "shards of " + count);
        }
        Run bad = repo.run("check", "--shard", "0/3");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--shard \"0/3\" phải viết dạng i/n với 1 ≤ i ≤ n"), bad::toString);
    }

    @Test
    void aPullRequestBuildsOnlyTheCommunesItTouches() throws Exception {
        TestRepo repo = TestRepo.district2023(dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Nội dung ban đầu").setSign(false).call();
        }
        Path out = dir.resolve("out");
        Run nothing = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--changed-since", "HEAD", "--out", out.toString());
        assertEquals(0, nothing.exit(), nothing::toString);
        assertTrue(!Files.exists(out) || built(out).isEmpty(), "nothing changed, nothing built");

        String article = "communes/binh-thanh/tin-tuc/bai-moi.md";
        repo.write(article, "---\ntitle: Bài mới\ndate: 2026-02-27\n---\nNội dung.\n");
        Run one = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--changed-since", "HEAD", "--out", out.toString());
        assertEquals(0, one.exit(), one::toString);
        assertEquals(List.of("binh-thanh"), built(out));

        repo.write("templates/assets/style.css", repo.read("templates/assets/style.css") + "\n/* đổi giao diện */\n");
        Path all = dir.resolve("out-all");
        Run every = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--changed-since", "HEAD", "--out", all.toString());
        assertEquals(0, every.exit(), every::toString);
        assertEquals(DISTRICT, built(all), "a shared template touches every commune");

        Run unknown = repo.run("check", "--changed-since", "khong-co");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("không tìm thấy \"khong-co\" trong kho git"), unknown::toString);
    }
}
