package vn.congxa.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices that files under some folders were saved, created, renamed or deleted, by comparing each file's size and time
 * between two looks. Polling, not the operating system's file events: editors save by writing a temporary file and
 * renaming it, and folders appear while the preview runs; a look at a commune's few hundred files costs milliseconds.
 */
public final class Watcher {

    private final List<Path> roots;
    private Map<Path, String> last;

    public Watcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.last = look();
    }

    /** Whether anything changed since the last call (or since the watcher was made). */
    public boolean changed() {
        Map<Path, String> now = look();
        boolean changed = !now.equals(last);
        last = now;
        return changed;
    }

    private Map<Path, String> look() {
        Map<Path, String> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.forEach(path -> files.put(path, stamp(path)));
            } catch (IOException | UncheckedIOException e) {
                // A file removed while walking, say: the next look sees the folder as it has become.
                files.put(root, "unreadable");
            }
        }
        return files;
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime(); // to the nanosecond where the disk keeps it
        } catch (NoSuchFileException e) {
            return "gone";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
