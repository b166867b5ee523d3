package vn.congxa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.finding.Message;

/**
 * The only place that touches the output folder (with the build cache, in {@value #CACHE}), and the only folder congxa
 * writes into. A build writes into a fresh
 * staging folder inside it; only when every page is written do the staged entries (a commune's site, the hub) replace
 * those of the output, one rename each. A failed or interrupted build leaves the previous site exactly as it was.
 *
 * <p>congxa owns an output folder: it keeps a marker at its top, {@value #MARKER}, that lists every entry congxa wrote
 * there. A build replaces or removes only listed entries, so a file that someone else put in the folder is never
 * deleted; and {@link #refusal} refuses, before any work, a folder that congxa does not own or that holds the sources.
 *
 * <p>Staging folders and backups carry the process id of their build ({@code .congxa.staging-4242-…},
 * {@code .xa-mau.old-4242}). What a killed build left behind is cleaned up by the next one, and should it have been
 * killed between the two renames of an entry, its backup is put back in place.
 */
public final class OutputFolder implements AutoCloseable {

    /** The marker of a folder congxa owns: a comment line, then the entries congxa wrote, one a line. */
    public static final String MARKER = ".congxa-output";
    /**
     * The build cache's folder inside the output (see {@code BuildCache}): hidden, so that no deployment that copies the
     * sites ({@code target/site/*}) takes it, and never an entry of the marker.
     */
    public static final String CACHE = ".congxa-cache";
    /** The folders of a repository that hold its sources: no output may be in one, or hold one. */
    public static final List<String> SOURCES = List.of("communes", "content", "templates", ".git", "src");
    /** The repository's folder for what builds make (Maven's too): a folder under it belongs to the builds. */
    public static final String BUILD_FOLDER = "target";

    private static final String HEADER = "# congxa: thư mục kết quả do congxa ghi; các mục dưới đây do congxa ghi, "
            + "lần dựng sau có thể thay hoặc xóa chúng (congxa output folder: the entries below were written by congxa)";
    private static final String STAGING = "congxa";
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(staging|old)-(\\d+)(-.*)?");
    private static final long PID = ProcessHandle.current().pid();

    private final Path output;
    private final Path staging;
    /** The entries the marker listed when the build started: the only ones it may replace or remove. */
    private final Set<String> written;
    /** The folder did not exist, or held nothing, before this build: a failed build leaves it as it was. */
    private final boolean wasEmpty;
    /** The first folder of the output's path that did not exist before this build (the output itself, or one above it). */
    private final Optional<Path> created;
    /**
     * The folder held entries but no marker: one under the build folder, from a version of congxa without markers.
     * Its entries are taken as the builds' own.
     */
    private final boolean adopted;
    private FileTime stamp;
    private boolean published;

    private OutputFolder(Path output, Path staging, Set<String> written, boolean wasEmpty, Optional<Path> created, boolean adopted) {
        this.output = output;
        this.staging = staging;
        this.written = Set.copyOf(written);
        this.wasEmpty = wasEmpty;
        this.created = created;
        this.adopted = adopted;
    }

    /**
     * Why {@code output} cannot be the output folder of the repository at {@code root}; empty when congxa may write
     * there. congxa may write into a folder that does not exist yet, an empty one, one that carries its marker, or one
     * under the repository's {@value #BUILD_FOLDER}/; never into the root of a disk, a file, the repository or a
     * folder above it, a folder of the sources, or one that holds sources.
     */
    public static Optional<Message> refusal(Path root, Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path real = real(absolute);
        Path repository = real(root.toAbsolutePath().normalize());
        Path existing = existingAncestor(absolute);
        if (real.getParent() == null) {
            return Optional.of(Message.of("output.disk-root", absolute));
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(Message.of("output.file", absolute, existing));
        }
        if (repository.startsWith(real)) {
            return Optional.of(Message.of(real.equals(repository) ? "output.repository" : "output.above-repository", absolute));
        }
        for (String source : SOURCES) {
            if (real.startsWith(repository.resolve(source))) {
                return Optional.of(Message.of(real.equals(repository.resolve(source)) ? "output.is-sources" : "output.in-sources", absolute, source));
            }
        }
        if (Files.isDirectory(real)) {
            Optional<String> sources = SOURCES.stream().filter(source -> Files.exists(real.resolve(source), LinkOption.NOFOLLOW_LINKS)).findFirst();
            if (!isMarked(real) && sources.isPresent()) {
                return Optional.of(Message.of("output.holds-sources", absolute, sources.get()));
            }
            boolean builds = real.startsWith(repository.resolve(BUILD_FOLDER)) && !real.equals(repository.resolve(BUILD_FOLDER));
            if (!isMarked(real) && !builds && !isEmpty(real)) {
                return Optional.of(Message.of("output.not-owned", absolute, MARKER));
            }
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(Message.of("output.not-writable", absolute, existing));
        }
        return Optional.empty();
    }

    /**
     * Makes the output folder congxa's (creating it and its marker when needed), puts back what a killed build left,
     * and creates the staging folder inside it, on the same file system so that the swap is a rename. The folder must
     * have passed {@link #refusal}.
     */
    public static OutputFolder prepare(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path existing = existingAncestor(absolute);
        Optional<Path> created = existing.equals(absolute) ? Optional.empty()
                : Optional.of(existing.resolve(absolute.getName(existing.getNameCount())));
        Files.createDirectories(absolute);
        boolean wasEmpty = isEmpty(absolute);
        boolean marked = isMarked(absolute);
        if (!marked) {
            writeMarker(absolute, Set.of()); // before anything else: what is written from now on is congxa's
        }
        Set<String> written = listed(absolute);
        recoverIn(absolute, written);
        Path staging = Files.createTempDirectory(absolute, "." + STAGING + ".staging-" + PID + "-");
        return new OutputFolder(absolute, staging, written, wasEmpty, created, !marked && !wasEmpty);
    }

    /**
     * Puts back what a killed build had moved aside, and deletes its staging folders. Called at the start of every
     * build, also one that then fails on content errors, so the previous site is in place whatever happens next. Only
     * a folder with congxa's marker is looked into, and only congxa's own leftovers are touched.
     */
    public static void recover(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute) && isMarked(absolute)) {
            recoverIn(absolute, listed(absolute));
        }
    }

    private static void recoverIn(Path dir, Set<String> written) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(dir)) {
            leftovers = list.filter(p -> {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                return m.matches() && !alive(Long.parseLong(m.group(3)))
                        && (m.group(2).equals("staging") ? m.group(1).equals(STAGING) : written.contains(m.group(1)));
            }).sorted().toList();
        }
        for (Path leftover : leftovers) {
            Matcher m = LEFTOVER.matcher(leftover.getFileName().toString());
            m.matches();
            Path original = dir.resolve(m.group(1));
            if (m.group(2).equals("old") && !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(leftover, original, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The build cache's folder in an output folder. */
    public static Path cache(Path output) {
        return output.toAbsolutePath().normalize().resolve(CACHE);
    }

    public Path staging() {
        return staging;
    }

    public Path output() {
        return output;
    }

    /** Records the digest of the inputs a staged entry was built from, for {@link #current} in the next build. */
    public void stamp(String entry, String digest) throws IOException {
        Files.writeString(staging.resolve(entry).resolve(Inputs.FILE), digest + "\n");
    }

    /**
     * The entries of an output folder, without preparing it (nothing is created or changed), that were written from
     * the inputs whose digest is given for them: those a build keeps as they are, neither baked nor copied (see
     * {@link #publish}). The stamp ({@link Inputs#FILE}) is written last, so an entry that has one is complete.
     *
     * @param digests the digest of each entry's inputs in this build
     */
    public static Set<String> current(Path output, Map<String, String> digests) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute) || !isMarked(absolute)) {
            return Set.of();
        }
        Set<String> written = listed(absolute);
        Set<String> current = new TreeSet<>();
        for (Map.Entry<String, String> entry : digests.entrySet()) {
            Path stamp = absolute.resolve(entry.getKey()).resolve(Inputs.FILE);
            if (written.contains(entry.getKey()) && Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(entry.getValue())) {
                current.add(entry.getKey());
            }
        }
        return current;
    }

    /** What a build replaces: the whole output, or only the entries it staged (a build of some communes, a report). */
    public enum Scope { WHOLE, STAGED }

    /**
     * The staged entries that would replace an entry congxa did not write (a file someone put in the output folder):
     * a build that has any publishes nothing. A folder congxa adopts (one under the build folder without a marker,
     * from before there were markers) has no such entries.
     */
    public List<String> clashes() throws IOException {
        if (adopted) {
            return List.of();
        }
        List<String> clashes = new ArrayList<>();
        for (String name : stagedEntries()) {
            if (Files.exists(output.resolve(name), LinkOption.NOFOLLOW_LINKS) && !written.contains(name)) {
                clashes.add(name);
            }
        }
        return clashes;
    }

    /**
     * Moves each staged entry into the output in place of the previous one: a rename per entry, so every commune's site
     * is whole at every moment. For the {@link Scope#WHOLE} output, the entries congxa wrote before that were neither
     * staged nor {@code kept} (the site of a commune no longer in the repository, say) are then removed. The marker
     * lists every entry before it is moved in, so that a build killed midway leaves nothing congxa does not know of.
     *
     * @param kept the entries of the previous output kept as they are (see {@link #current})
     */
    public void publish(Scope scope, Set<String> kept) throws IOException {
        List<String> entries = stagedEntries();
        Set<String> current = new TreeSet<>(kept);
        current.addAll(entries);
        Set<String> during = new TreeSet<>(written);
        during.addAll(current);
        writeMarker(output, during);
        for (String name : entries) {
            Path target = output.resolve(name);
            Path old = output.resolve("." + name + ".old-" + PID);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        }
        published = true;
        deleteTree(staging);
        if (scope == Scope.WHOLE) {
            for (String stale : written) {
                if (!current.contains(stale)) {
                    deleteTree(output.resolve(stale));
                }
            }
        }
        writeMarker(output, scope == Scope.WHOLE ? current : during);
        if (stamp != null) {
            Files.setLastModifiedTime(output.resolve(MARKER), stamp);
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

    /** Removes the staging folder when nothing was published, and the marker of a folder that held nothing before. */
    @Override
    public void close() throws IOException {
        if (published) {
            return;
        }
        deleteTree(staging);
        if (wasEmpty) {
            Files.deleteIfExists(output.resolve(MARKER));
            if (created.isPresent() && isEmpty(output)) {
                // A failed build writes nothing: the folders it made to hold the output go too.
                for (Path dir = output; dir.startsWith(created.get()) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
    }

    private List<String> stagedEntries() throws IOException {
        try (Stream<Path> list = Files.list(staging)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean isMarked(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(marker, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(line -> line.startsWith("# congxa")).orElse(false);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The entries the marker lists: names of the folder's own entries, nothing that could lead out of it, and no hidden
     * name ({@code .git}): congxa writes none (its leftovers are found by their own pattern).
     */
    private static Set<String> listed(Path dir) throws IOException {
        if (!isMarked(dir)) {
            return Set.of();
        }
        Set<String> entries = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#") && !name.startsWith(".") && !name.contains("/") && !name.contains("\\")) {
                entries.add(name);
            }
        }
        return entries;
    }

    /** Written beside, then renamed over the marker: a marker is always whole. */
    private static void writeMarker(Path dir, Set<String> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        entries.forEach(entry -> text.append(entry).append('\n'));
        Path next = dir.resolve(MARKER + ".new-" + PID);
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with every symbolic link of its existing part followed, so that a link cannot hide where it points. */
    private static Path real(Path absolute) {
        Path existing = existingAncestor(absolute);
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static Path existingAncestor(Path absolute) {
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
