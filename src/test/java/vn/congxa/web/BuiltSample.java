package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.congxa.TestRepo;

/**
 * The project's sample of 2026 (four units of tỉnh Quảng Ngãi), built once for all the page checks of this package
 * (validators, browser): they
 * only read it. Built into {@code target/web-sample/} so that a failed check can be looked at afterwards.
 */
final class BuiltSample {

    static final String COMMUNE = "cam-thanh";

    private static TestRepo repo;

    private BuiltSample() {
    }

    static synchronized TestRepo repo() {
        if (repo == null) {
            Path dir = Path.of("target/web-sample").toAbsolutePath();
            TestRepo.deleteTree(dir);
            TestRepo built = TestRepo.sample(dir);
            TestRepo.Run run = built.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
            assertEquals(0, run.exit(), run::toString);
            repo = built;
        }
        return repo;
    }

    /** Whether a file of the output is the web editor's: {@code <unit>/admin/…}. */
    static boolean isEditor(Path inSite) {
        return inSite.getNameCount() > 2 && inSite.getName(1).toString().equals(vn.congxa.cms.Editor.FOLDER);
    }

    /** {@code target/site} of the sample: the hub and one folder per unit. */
    static Path site() {
        return repo().path("target/site");
    }

    /**
     * Every HTML page of the sample, hub included, in a stable order. Not the web editor's page ({@code admin/}): it is
     * Decap CMS's application for editors, not a page of the portal, and {@code WebEditorTest} checks it.
     */
    static List<Path> htmlPages() {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !isEditor(site().relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
