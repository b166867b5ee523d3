package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import vn.congxa.TestRepo;

/**
 * The content repository's own Maven build runs the site build: {@code mvn verify} fails with the findings when the
 * content has an error, and writes the sites when it has none. Runs the real Maven on the project's pom.xml.
 */
class MavenBuildTest {

    private static final Path POM = Path.of("pom.xml").toAbsolutePath();

    @TempDir
    Path dir;

    private record Maven(int exit, String output) {
    }

    /** {@code mvn exec:exec@site} on a content repository, with this JVM's classpath standing for the jar. */
    private static Maven siteBuild(Path root) throws IOException, InterruptedException {
        Path log = Files.createTempFile("congxa-mvn", ".txt");
        Process maven = new ProcessBuilder(List.of("mvn", "-B", "-q", "-f", POM.toString(), "exec:exec@site",
                "-Dcongxa.jar=" + System.getProperty("java.class.path"), "-Dcongxa.root=" + root,
                "-Dcongxa.args=--as-of " + TestRepo.AS_OF))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = maven.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Maven(exit, output);
    }

    @Test
    void theSiteBuildIsAStepOfMavenVerify() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        String phase = XPathFactory.newInstance().newXPath().evaluate(
                "/project/build/plugins/plugin[artifactId='exec-maven-plugin']/executions/execution[id='site']/phase", pom);
        assertEquals("verify", phase);
    }

    @Test
    void anErrorInTheContentFailsTheMavenBuildWithTheFinding() throws Exception {
        TestRepo repo = TestRepo.base(dir);
        String decision = repo.read("communes/xa-mau/van-ban/qd-12.md");
        repo.write("communes/xa-mau/van-ban/qd-12.md", decision.replace("so_ky_hieu: 12/QĐ-UBND\n", ""));
        Maven failed = siteBuild(repo.root());
        assertNotEquals(0, failed.exit(), failed.output());
        assertTrue(failed.output().contains("communes/xa-mau/van-ban/qd-12.md:2: lỗi: thiếu trường bắt buộc \"so_ky_hieu\""), failed.output());
        assertTrue(failed.output().contains("BUILD FAILURE") || failed.output().contains("[ERROR]"), failed.output());
        assertFalse(Files.exists(repo.path("target/site")), "nothing written");

        repo.write("communes/xa-mau/van-ban/qd-12.md", decision);
        Maven built = siteBuild(repo.root());
        assertEquals(0, built.exit(), built.output());
        assertTrue(Files.isRegularFile(repo.path("target/site/xa-mau/van-ban/qd-12.html")), built.output());
    }
}
