package vn.congxa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The only place that touches the output folder. A build writes into a fresh staging folder beside it; only when
 * every page is written does the staging folder replace the output (whole, or commune by commune for a partial
 * build). A failed or interrupted build leaves the previous site exactly as it was.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private boolean published;

    private OutputFolder(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates the staging folder next to {@code output}, on the same file system so that the swap is a rename. */
    public static OutputFolder prepare(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
        return new OutputFolder(absolute, staging);
    }

    public Path staging() {
        return staging;
    }

    /** Replaces the whole output folder with what was staged. */
    public void publishAll() throws IOException {
        Path old = output.resolveSibling("." + output.getFileName() + ".old-" + ProcessHandle.current().pid());
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        published = true;
        deleteTree(old);
    }

    /**
     * Replaces only the staged entries of the output folder (the communes built, the hub), leaving the sites of
     * the communes not built as they were.
     */
    public void publishEntries() throws IOException {
        Files.createDirectories(output);
        List<Path> entries;
        try (Stream<Path> list = Files.list(staging)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            Path target = output.resolve(entry.getFileName().toString());
            Path old = output.resolve("." + entry.getFileName() + ".old-" + ProcessHandle.current().pid());
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        }
        published = true;
        deleteTree(staging);
    }

    /** Removes the staging folder when nothing was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
