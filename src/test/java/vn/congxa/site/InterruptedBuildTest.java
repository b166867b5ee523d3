package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/** A build killed midway, by a signal or in the middle of the swap, leaves the previous site exactly as it was. */
class InterruptedBuildTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed with {0}")
    @ValueSource(strings = {"SIGKILL", "SIGTERM"})
    void aBuildKilledWhileWritingLeavesThePreviousSiteByteForByte(String signal) throws Exception {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        String before = TestRepo.fingerprint(repo.path("target/site"));
        for (int i = 0; i < 1500; i++) {
            repo.write("communes/xa-mau/tin-tuc/tin-" + i + ".md", "---\ntitle: Tin " + i + "\ndate: 2026-11-20\n---\nNội dung " + i + ".\n");
        }

        Process build = repo.process(Map.of(), "build", "--as-of", TestRepo.AS_OF)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path staging = waitForStagingWithPages(repo.path("target/site"), build);
        if (signal.equals("SIGKILL")) {
            build.destroyForcibly();
        } else {
            build.destroy();
        }
        build.waitFor();
        assertTrue(Files.exists(staging) || signal.equals("SIGTERM"), "the build was killed while it was writing");
        // The staging folder is inside the output folder (nothing is written outside it); the site beside it is intact.
        assertEquals(before, TestRepo.fingerprint(repo.path("target/site"), file -> !file.startsWith(staging)));

        // The next build cleans up what the killed one left, and publishes.
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        assertTrue(Files.exists(repo.path("target/site/xa-mau/tin-tuc/tin-1499.html")));
        try (Stream<Path> entries = Files.list(repo.path("target"))) {
            assertEquals(List.of("site"), entries.map(p -> p.getFileName().toString()).toList());
        }
        assertNoLeftovers(repo);
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsPutBackByTheNextBuildEvenAFailingOne() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        String before = TestRepo.fingerprint(repo.path("target/site"));
        // What a build with process id 2147483646 (not running) leaves if killed right after moving a commune's site aside.
        Files.move(repo.path("target/site/xa-mau"), repo.path("target/site/.xa-mau.old-2147483646"));
        Files.createDirectories(repo.path("target/site/.congxa.staging-2147483646-123/xa-mau"));

        repo.delete("communes/xa-mau/van-ban"); // this build fails on content
        assertEquals(1, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        assertEquals(before, TestRepo.fingerprint(repo.path("target/site")));
        try (Stream<Path> entries = Files.list(repo.path("target"))) {
            assertEquals(List.of("site"), entries.map(p -> p.getFileName().toString()).toList());
        }
        assertNoLeftovers(repo);
    }

    private static void assertNoLeftovers(TestRepo repo) throws IOException {
        try (Stream<Path> entries = Files.list(repo.path("target/site"))) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\..*\\.(staging|old)-.*")).toList());
        }
    }

    private static Path waitForStagingWithPages(Path output, Process build) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && build.isAlive()) {
            try (Stream<Path> entries = Files.list(output)) {
                for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(".congxa.staging-")).toList()) {
                    Path news = staging.resolve("xa-mau/tin-tuc");
                    if (Files.isDirectory(news)) {
                        try (Stream<Path> pages = Files.list(news)) {
                            if (pages.count() > 20) {
                                return staging;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the staging folder moved while being listed: look again
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the build never reached the writing stage (alive: " + build.isAlive() + ")");
    }
}
