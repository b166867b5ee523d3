package vn.congxa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The only place that touches the output folder. A build writes into a fresh staging folder beside it; only when
 * every page is written do the staged entries (a commune's site, the hub) replace those of the output, one rename each.
 * A failed or interrupted build leaves the previous site exactly as it was.
 *
 * <p>Staging and backup folders carry the process id of their build ({@code .site.staging-4242-…},
 * {@code .site.old-4242}). What a killed build left behind is cleaned up by the next one, and should it have been
 * killed between the two renames of the swap, its backup is put back in place.
 */
public final class OutputFolder implements AutoCloseable {

    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(staging|old)-(\\d+)(-.*)?");

    private static final long PID = ProcessHandle.current().pid();

    private final Path output;
    private final Path staging;
    /** The entries of the previous output kept as they are (see {@link #reuse}). */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    /** The time every file of the site carries, once {@link #stampModificationTimes} is called. */
    private FileTime stamp;
    private boolean published;

    private OutputFolder(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates the staging folder next to {@code output}, on the same file system so that the swap is a rename. */
    public static OutputFolder prepare(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        recover(absolute);
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-" + PID + "-");
        return new OutputFolder(absolute, staging);
    }

    /**
     * Puts back what a killed build had moved aside, and deletes its staging folders. Called at the start of every
     * build, also one that then fails on content errors, so the previous site is in place whatever happens next.
     */
    public static void recover(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        recoverIn(absolute.getParent(), absolute.getFileName().toString());
        if (Files.isDirectory(absolute)) {
            recoverIn(absolute, null);
        }
    }

    /** @param name the entry whose leftovers to look for, or null for every entry of {@code dir} */
    private static void recoverIn(Path dir, String name) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(dir)) {
            leftovers = list.filter(p -> {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                return m.matches() && (name == null || m.group(1).equals(name)) && !alive(Long.parseLong(m.group(3)));
            }).sorted().toList();
        }
        for (Path leftover : leftovers) {
            Matcher m = LEFTOVER.matcher(leftover.getFileName().toString());
            m.matches();
            Path original = dir.resolve(m.group(1));
            if (m.group(2).equals("old") && !Files.exists(original)) {
                Files.move(leftover, original, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public Path staging() {
        return staging;
    }

    /** Records the digest of the inputs a staged entry was built from, for {@link #reuse} by the next build. */
    public void stamp(String entry, String digest) throws IOException {
        Files.writeString(staging.resolve(entry).resolve(Inputs.FILE), digest + "\n");
    }

    /**
     * Keeps an entry of the previous output (a commune's site) as it is when the previous build wrote it from the same
     * inputs ({@link Inputs#FILE} holds {@code digest}): it is neither baked nor copied, and {@link #publish} leaves it
     * in place. The stamp is written last, so an entry that has one is complete.
     *
     * @return whether it was kept
     */
    public boolean reuse(String entry, String digest) throws IOException {
        Path stamp = output.resolve(entry).resolve(Inputs.FILE);
        if (!Files.isRegularFile(stamp) || !Files.readString(stamp).strip().equals(digest)) {
            return false;
        }
        kept.add(entry);
        return true;
    }

    /** What a build replaces: the whole output, or only the entries it staged (a build of some communes, a report). */
    public enum Scope { WHOLE, STAGED }

    /**
     * Moves each staged entry into the output in place of the previous one: a rename per entry, so every commune's site
     * is whole at every moment. For the {@link Scope#WHOLE} output, the entries that were neither staged nor kept
     * (the site of a commune no longer in the repository, say) are then removed.
     */
    public void publish(Scope scope) throws IOException {
        Files.createDirectories(output);
        List<Path> entries;
        try (Stream<Path> list = Files.list(staging)) {
            entries = list.sorted().toList();
        }
        Set<String> current = new HashSet<>(kept);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Path target = output.resolve(name);
            Path old = output.resolve("." + name + ".old-" + PID);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            current.add(name);
        }
        published = true;
        deleteTree(staging);
        if (scope == Scope.WHOLE) {
            try (Stream<Path> list = Files.list(output)) {
                for (Path stale : list.filter(path -> !current.contains(path.getFileName().toString())).toList()) {
                    deleteTree(stale);
                }
            }
        }
        if (stamp != null) {
            Files.setLastModifiedTime(output, stamp); // the renames above touched the folder itself
        }
    }

    /**
     * Sets every staged file's modification time, so that archives of the site are reproducible
     * ({@code SOURCE_DATE_EPOCH}).
     */
    public void stampModificationTimes(Instant time) throws IOException {
        FileTime stamp = FileTime.from(time);
        this.stamp = stamp;
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path path : walk.toList()) {
                Files.setLastModifiedTime(path, stamp);
            }
        }
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
