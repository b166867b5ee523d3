package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The rules that span communes see every commune's commune.yml, whichever communes a command checks, and blame a
 * clash on the file git history added later, or on both when history cannot tell. A commune folder that is a
 * symbolic link is reported, whatever is selected.
 */
class CrossCommuneRulesTest {

    private static final String ADDRESS = "https://xamau.example.gov.vn";

    @TempDir
    Path dir;

    private static String blamed(String slug, String other) {
        return "communes/" + slug + "/commune.yml:9: lỗi: địa chỉ cổng \"" + ADDRESS + "\" đã được xã \"" + other
                + "\" sử dụng: mỗi xã có một địa chỉ riêng [duplicate-base-url]";
    }

    private static String shared(String slug, String other) {
        return "communes/" + slug + "/commune.yml:9: lỗi: địa chỉ cổng \"" + ADDRESS + "\" cũng được xã \"" + other
                + "\" sử dụng (lịch sử git không cho biết xã nào dùng trước): mỗi xã có một địa chỉ riêng [duplicate-base-url]";
    }

    /** The base fixture in a git repository: its commune in the first commit. */
    private TestRepo committed() {
        TestRepo repo = TestRepo.base(dir);
        commit(repo, "Xã Mẫu");
        return repo;
    }

    /** A second commune, a copy of the first that kept its address. */
    private static void copyCommune(TestRepo repo, String from, String to) {
        TestRepo.copyTree(repo.path("communes/" + from), repo.path("communes/" + to));
    }

    private static void commit(TestRepo repo, String message) {
        try (Git git = Git.init().setDirectory(repo.root().toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.path(".gitignore"), "target/\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setSign(false).call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run check(TestRepo repo, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--as-of", TestRepo.AS_OF));
        all.addAll(List.of(args));
        return repo.run("check", all.toArray(String[]::new));
    }

    @Test
    void theCommuneAddedLaterIsBlamedWhateverIsSelected() {
        TestRepo repo = committed();
        copyCommune(repo, "xa-mau", "xa-hai");
        commit(repo, "Xã Hai, chép từ xã Mẫu");
        for (String[] selection : List.of(new String[0], new String[] {"--commune", "xa-mau"}, new String[] {"--commune", "xa-hai"},
                new String[] {"--shard", "1/2"}, new String[] {"--shard", "2/2"}, new String[] {"--changed-since", "HEAD~1"})) {
            Run run = check(repo, selection);
            assertEquals(1, run.exit(), () -> String.join(" ", selection) + "\n" + run);
            assertEquals(List.of(blamed("xa-hai", "xa-mau")), run.lines(), () -> String.join(" ", selection) + "\n" + run);
        }
    }

    @Test
    void historyNotTheFolderNamesTellsWhichCameFirst() {
        TestRepo repo = TestRepo.base(dir);
        TestRepo.copyTree(repo.path("communes/xa-mau"), repo.path("communes/xa-hai"));
        repo.delete("communes/xa-mau");
        commit(repo, "Xã Hai");
        copyCommune(repo, "xa-hai", "xa-mau");
        commit(repo, "Xã Mẫu, chép từ xã Hai");
        Run run = check(repo, "--commune", "xa-hai");
        assertEquals(List.of(blamed("xa-mau", "xa-hai")), run.lines(), run::toString);
    }

    @Test
    void aCommuneNotCommittedYetIsTheNewer() {
        TestRepo repo = committed();
        copyCommune(repo, "xa-mau", "xa-moi");
        Run run = check(repo, "--changed-since", "HEAD");
        assertEquals(List.of(blamed("xa-moi", "xa-mau")), run.lines(), run::toString);
    }

    @Test
    void bothAreBlamedWhenHistoryCannotTell() {
        TestRepo repo = TestRepo.base(dir);
        copyCommune(repo, "xa-mau", "xa-hai");
        Run withoutGit = check(repo, "--commune", "xa-mau");
        assertEquals(List.of(shared("xa-hai", "xa-mau"), shared("xa-mau", "xa-hai")), withoutGit.lines(), withoutGit::toString);
        commit(repo, "Hai xã trong một lần");
        Run oneCommit = check(repo);
        assertEquals(withoutGit.lines(), oneCommit.lines(), oneCommit::toString);
    }

    @Test
    void aClashBetweenTwoCommunesLeftOutIsNotTheirs() {
        TestRepo repo = committed();
        copyCommune(repo, "xa-mau", "xa-ba");
        repo.write("communes/xa-ba/commune.yml", repo.read("communes/xa-ba/commune.yml").replace("xamau.example", "xaba.example"));
        copyCommune(repo, "xa-ba", "xa-bon");
        Run other = check(repo, "--commune", "xa-mau");
        assertEquals(0, other.exit(), other::toString);
        Run one = check(repo, "--commune", "xa-bon");
        assertEquals(1, one.exit(), one::toString);
        assertTrue(one.out().contains("communes/xa-bon/commune.yml:9:"), one::toString);
    }

    @Test
    void aCommuneFolderThatIsALinkIsReportedWhateverIsSelected() throws IOException {
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        TestRepo.copyTree(repo.path("communes/xa-mau"), dir.resolve("ngoai-kho/xa-khac"));
        Files.createSymbolicLink(repo.path("communes/xa-lien-ket"), dir.resolve("ngoai-kho/xa-khac"));
        String finding = "communes/xa-lien-ket: lỗi: thư mục xã là liên kết tượng trưng (symbolic link) nên không được đọc: "
                + "đặt thư mục thật của xã vào communes/ [symlink]";
        for (String[] selection : List.of(new String[0], new String[] {"--commune", "xa-mau"})) {
            Run run = check(repo, selection);
            assertEquals(1, run.exit(), run::toString);
            assertEquals(List.of(finding), run.lines(), run::toString);
        }
    }
}
