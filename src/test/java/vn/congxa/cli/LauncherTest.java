package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * {@code bin/congxa}, the launcher the README runs, copied into a folder laid out as the project's (bin/, target/) with a
 * jar standing for {@code target/congxa.jar}: a manifest naming this JVM's classpath and congxa's main class, so that the
 * real command line runs without packaging. It is run as a shell would, from another folder.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin/congxa").toAbsolutePath();
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    /** The launcher in {@code dir/project/bin}, with a jar (and an archive) as the test lays them. */
    private Path install(boolean withJar) throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("bin"));
        Files.createDirectories(project.resolve("target"));
        Path launcher = Files.copy(LAUNCHER, project.resolve("bin/congxa"));
        assertTrue(Files.isExecutable(LAUNCHER), "bin/congxa is executable as checked out");
        launcher.toFile().setExecutable(true);
        if (withJar) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
            try (OutputStream jar = new JarOutputStream(Files.newOutputStream(project.resolve("target/congxa.jar")), manifest)) {
                jar.flush();
            }
        }
        return launcher;
    }

    /** Runs the launcher from {@code dir} (not the project), with this JVM as JAVA_HOME and extra environment. */
    private Run run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("CONGXA_JAVA_OPTS");
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherBuildsTheSampleFromAnyFolder() throws Exception {
        Path launcher = install(true);
        Path site = dir.resolve("site");
        Run built = run(launcher, Map.of(), "build", "-C", PROJECT.toString(), "--as-of", TestRepo.SAMPLE_AS_OF, "--out", site.toString());
        assertEquals(0, built.exit(), built::toString);
        assertTrue(Files.readString(site.resolve("binh-son/index.html")).contains("Bình Sơn"), built::toString);
    }

    @Test
    void theExitCodeAndTheArgumentsAreCongxas() throws Exception {
        Path launcher = install(true);
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        repo.write("communes/xa-mau/van-ban/qd-12.md", repo.read("communes/xa-mau/van-ban/qd-12.md").replace("so_ky_hieu: 12/QĐ-UBND\n", ""));
        // A folder name with spaces reaches congxa as one argument.
        Path spaced = Files.move(repo.root(), dir.resolve("kho nội dung"));
        Run failed = run(launcher, Map.of(), "check", "-C", spaced.toString(), "--as-of", TestRepo.AS_OF);
        assertEquals(Main.CONTENT_ERRORS, failed.exit(), failed::toString);
        assertTrue(failed.out().contains("thiếu trường bắt buộc \"so_ky_hieu\""), failed::toString);
    }

    @Test
    void javaOptionsFromTheEnvironmentReachTheJvm() throws Exception {
        Path launcher = install(true);
        Run version = run(launcher, Map.of("CONGXA_JAVA_OPTS", "-Dcongxa.test=1 -XshowSettings:properties"), "--version");
        assertEquals(0, version.exit(), version::toString);
        assertTrue(version.out().startsWith("congxa "), version::toString);
        assertTrue(version.err().contains("congxa.test = 1"), version::toString);
    }

    @Test
    void anArchiveOfAnotherJarIsIgnoredSilently() throws Exception {
        // An archive made at package time with a jar built since: the JVM warns of it, but not through the launcher.
        Path target = dir.resolve("project/target");
        Files.createDirectories(target);
        Path source = Files.writeString(dir.resolve("Hello.java"), "public class Hello { public static void main(String[] args) { } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target.resolve("congxa.jar")), manifest)) {
            jar.putNextEntry(new JarEntry("Hello.class"));
            jar.write(Files.readAllBytes(dir.resolve("Hello.class")));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(0, new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + target.resolve("congxa.jsa"), "-jar", target.resolve("congxa.jar").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dump.txt").toFile()).start().waitFor());
        assertTrue(Files.size(target.resolve("congxa.jsa")) > 0);
        Files.delete(target.resolve("congxa.jar"));
        Path launcher = install(true);
        Process unsilenced = new ProcessBuilder(java, "-XX:SharedArchiveFile=" + target.resolve("congxa.jsa"), "-Xshare:auto", "-jar",
                target.resolve("congxa.jar").toString(), "--version").redirectErrorStream(true).start();
        String warned = new String(unsilenced.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, unsilenced.waitFor(), warned);
        assertTrue(warned.contains("[warning][cds"), warned);
        Run version = run(launcher, Map.of(), "--version");
        assertEquals(0, version.exit(), version::toString);
        // The JVM prints its warning on the standard output: congxa's alone is there.
        assertTrue(version.out().startsWith("congxa ") && !version.out().contains("[warning]"), version::toString);
        assertEquals("", version.err());
    }

    @Test
    void withoutTheJarTheLauncherSaysHowToBuildIt() throws Exception {
        Path launcher = install(false);
        Run missing = run(launcher, Map.of(), "build");
        assertEquals(Main.USAGE, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("mvn -q package -DskipTests"), missing::toString);
        assertTrue(missing.err().contains("chưa có " + dir.resolve("project").toRealPath().resolve("target/congxa.jar")), missing::toString);
        assertEquals("", missing.out());
    }
}
