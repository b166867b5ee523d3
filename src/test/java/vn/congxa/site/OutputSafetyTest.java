package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * No {@code --out} can make congxa delete or overwrite what it did not write. Each kind of folder it must refuse is
 * refused by every command that writes, as a usage error before any work, in the run's language; and the sources,
 * and everything beside the repository, are byte for byte what they were.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    /** The repository in {@code dir/repo}, with a file beside it and one at its top, as a user's disk has. */
    private TestRepo repo() {
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        repo.write("README.md", "Kho nội dung của huyện.\n");
        try (Git git = Git.init().setDirectory(repo.root().toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Nội dung ban đầu").setSign(false).call();
            Files.writeString(dir.resolve("ghi-chu-ben-canh.txt"), "Tệp của người dùng, cạnh kho.\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return repo;
    }

    @ParameterizedTest(name = "{0} --out {1}")
    @CsvSource(delimiter = '|', value = {
            "build   | .              | là thư mục gốc của kho nội dung      | is the root of the content repository",
            "build   | ..             | chứa kho nội dung                    | holds the content repository",
            "build   | /              | là thư mục gốc của ổ đĩa             | is the root of a disk",
            "build   | communes       | là thư mục nguồn communes/           | is the source folder communes/",
            "build   | communes/xa-mau/moi | nằm trong communes/             | is inside communes/",
            "build   | content/x      | nằm trong content/                   | is inside content/",
            "build   | templates      | là thư mục nguồn templates/          | is the source folder templates/",
            "build   | .git           | là thư mục nguồn .git/               | is the source folder .git/",
            "build   | .git/site      | nằm trong .git/                      | is inside .git/",
            "build   | src/site       | nằm trong src/                       | is inside src/",
            "build   | README.md      | là một tệp, không phải thư mục       | is a file, not a folder",
            "build   | README.md/site | là một tệp, không phải thư mục       | is a file, not a folder",
            "build   | ../ngoai       | đã có tệp không do congxa ghi        | holds files that congxa did not write",
            "build   | target         | đã có tệp không do congxa ghi        | holds files that congxa did not write",
            "report  | .              | là thư mục gốc của kho nội dung      | is the root of the content repository",
            "report  | communes       | là thư mục nguồn communes/           | is the source folder communes/",
            "report  | /              | là thư mục gốc của ổ đĩa             | is the root of a disk",
            "schemas | .              | là thư mục gốc của kho nội dung      | is the root of the content repository",
            "schemas | content        | là thư mục nguồn content/            | is the source folder content/",
            "schemas | README.md      | là một tệp, không phải thư mục       | is a file, not a folder",
            "schemas | ..             | chứa kho nội dung                    | holds the content repository",
    })
    void aFolderCongxaDoesNotOwnIsRefusedBeforeAnyWork(String command, String out, String vietnamese, String english) throws IOException {
        TestRepo repo = repo();
        Files.createDirectories(dir.resolve("ngoai"));
        Files.writeString(dir.resolve("ngoai/thu-cua-toi.txt"), "không phải của congxa\n");
        Files.createDirectories(repo.path("target/classes"));
        Files.writeString(repo.path("target/classes/ban-dung-maven.txt"), "của Maven\n");
        String before = TestRepo.fingerprint(dir);

        // schemas has no --as-of
        String[] day = command.equals("schemas") ? new String[0] : new String[] {"--as-of", TestRepo.AS_OF};
        Run run = repo.run(command, args(day, "--out", out));
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("lỗi cách dùng: thư mục kết quả "), run::toString);
        assertTrue(run.err().contains(vietnamese), run::toString);
        assertTrue(run.err().contains("Cách dùng: congxa " + command), "the usage follows, in Vietnamese\n" + run);
        assertNoJavaText(run);

        Run inEnglish = repo.run(command, args(day, "--out", out, "--lang", "en"));
        assertEquals(2, inEnglish.exit(), inEnglish::toString);
        assertTrue(inEnglish.err().startsWith("usage error: output folder "), inEnglish::toString);
        assertTrue(inEnglish.err().contains(english), inEnglish::toString);
        assertTrue(inEnglish.err().contains("Usage: congxa " + command), inEnglish::toString);
        assertNoJavaText(inEnglish);

        assertEquals(before, TestRepo.fingerprint(dir), "nothing was written, moved or deleted");
        assertFalse(Files.exists(repo.path("target/site")));
    }

    @Test
    void serveRefusesAPreviewFolderThatIsAFile() throws IOException {
        TestRepo repo = repo();
        repo.write("target/preview", "một tệp, không phải thư mục\n");
        String before = TestRepo.fingerprint(dir);
        Run run = repo.run("serve", "--port", "0");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("target/preview là một tệp, không phải thư mục"), run::toString);
        assertEquals(before, TestRepo.fingerprint(dir));
    }

    @Test
    void theDefaultFolderAnEmptyOneAndANewOneAreCongxas() throws IOException {
        TestRepo repo = repo();
        String sources = TestRepo.fingerprint(repo.path("communes")) + TestRepo.fingerprint(repo.path("content"))
                + TestRepo.fingerprint(repo.path("templates"));
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        assertTrue(Files.isRegularFile(repo.path("target/site/" + OutputFolder.MARKER)));
        assertEquals(List.of("assets", "index.html", "tim-kiem", "xa-mau"), listed(repo.path("target/site")));

        Files.createDirectories(dir.resolve("trong"));
        Run empty = repo.run("build", "--as-of", TestRepo.AS_OF, "--out", "../trong");
        assertEquals(0, empty.exit(), empty::toString);
        assertTrue(Files.isRegularFile(dir.resolve("trong/xa-mau/index.html")));

        Run fresh = repo.run("build", "--as-of", TestRepo.AS_OF, "--out", dir.resolve("moi/cong").toString());
        assertEquals(0, fresh.exit(), fresh::toString);
        assertTrue(Files.isRegularFile(dir.resolve("moi/cong/index.html")));

        Run schemas = repo.run("schemas", "--out", "../trong-schemas");
        assertEquals(0, schemas.exit(), schemas::toString);
        assertTrue(Files.isRegularFile(dir.resolve("trong-schemas/commune.schema.json")));

        assertEquals(sources, TestRepo.fingerprint(repo.path("communes")) + TestRepo.fingerprint(repo.path("content"))
                + TestRepo.fingerprint(repo.path("templates")));
    }

    @Test
    void aMarkedFolderIsRebuiltAndWhatOthersPutThereIsKept() throws IOException {
        TestRepo repo = repo();
        TestRepo.copyTree(repo.path("communes/xa-mau"), repo.path("communes/xa-hai"));
        repo.write("communes/xa-hai/commune.yml", repo.read("communes/xa-hai/commune.yml").replace("xamau.example", "xahai.example"));
        Path out = dir.resolve("cong");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString()).exit());
        // Someone adds their own files beside the portals: a build of the whole district must keep them.
        Files.writeString(out.resolve("CNAME"), "cong.binhson.gov.vn\n");
        Files.createDirectories(out.resolve("rieng"));
        Files.writeString(out.resolve("rieng/ghi-chu.txt"), "của cán bộ\n");

        repo.delete("communes/xa-hai");
        Run run = repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertFalse(Files.exists(out.resolve("xa-hai")), "the site of a commune no longer there is removed: congxa wrote it");
        assertEquals("cong.binhson.gov.vn\n", Files.readString(out.resolve("CNAME")));
        assertEquals("của cán bộ\n", Files.readString(out.resolve("rieng/ghi-chu.txt")));
        assertEquals(List.of("CNAME", "assets", "index.html", "rieng", "tim-kiem", "xa-mau"), listed(out));
        assertEquals(List.of("assets", "index.html", "tim-kiem", "xa-mau"), marked(out), "the marker lists what congxa wrote");
    }

    @Test
    void anEntryCongxaDidNotWriteIsNeverReplaced() throws IOException {
        TestRepo repo = repo();
        Path out = dir.resolve("cong");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString()).exit());
        Files.writeString(out.resolve(OutputFolder.MARKER), Files.readString(out.resolve(OutputFolder.MARKER)).replace("assets\n", ""));
        String before = TestRepo.fingerprint(out);

        Run run = repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(out.resolve("assets") + ": lỗi: \"assets\" trong thư mục kết quả không do congxa ghi nên không bị thay: "
                + "chuyển nó đi nơi khác hoặc chọn thư mục kết quả khác [output-clash]"), run.lines());
        assertEquals(before, TestRepo.fingerprint(out));
        assertEquals(List.of("assets", "index.html", "tim-kiem", "xa-mau"), listed(out), "no staging folder is left");
    }

    @Test
    void aFailedFirstBuildLeavesNoFolderBehind() throws IOException {
        TestRepo repo = repo();
        repo.write("templates/entry.ftl", "<#if page.title??>\n");
        Path out = dir.resolve("chua-co/cong");
        Files.createDirectories(dir.resolve("trong"));
        assertEquals(1, repo.run("build", "--as-of", TestRepo.AS_OF, "--out", out.toString()).exit());
        assertFalse(Files.exists(out));
        assertEquals(1, repo.run("build", "--as-of", TestRepo.AS_OF, "--out", dir.resolve("trong").toString()).exit());
        assertEquals(List.of(), listed(dir.resolve("trong")), "the empty folder is left empty");
    }

    @Test
    void aSiteBuiltBeforeThereWereMarkersIsTakenOver() throws IOException {
        TestRepo repo = repo();
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        Files.delete(repo.path("target/site/" + OutputFolder.MARKER)); // as an older congxa left it
        Run run = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("assets", "index.html", "tim-kiem", "xa-mau"), marked(repo.path("target/site")));
    }

    @Test
    void aLinkToTheRepositoryIsSeenThrough() throws IOException {
        TestRepo repo = repo();
        Files.createSymbolicLink(dir.resolve("loi-tat"), repo.root());
        String before = TestRepo.fingerprint(repo.root());
        Run run = repo.run("build", "--as-of", TestRepo.AS_OF, "--out", dir.resolve("loi-tat").toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("là thư mục gốc của kho nội dung"), run::toString);
        Run inside = repo.run("build", "--as-of", TestRepo.AS_OF, "--out", dir.resolve("loi-tat/communes/site").toString());
        assertEquals(2, inside.exit(), inside::toString);
        assertEquals(before, TestRepo.fingerprint(repo.root()));
    }

    private static String[] args(String[] first, String... then) {
        return Stream.concat(Stream.of(first), Stream.of(then)).toArray(String[]::new);
    }

    private static List<String> listed(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> !name.equals(OutputFolder.MARKER) && !name.equals(OutputFolder.CACHE)).sorted().toList();
        }
    }

    private static List<String> marked(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(OutputFolder.MARKER)).stream().filter(line -> !line.startsWith("#")).toList();
    }

    private static void assertNoJavaText(Run run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("java.") || all.contains("\tat "), run::toString);
    }
}
