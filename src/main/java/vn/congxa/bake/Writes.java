package vn.congxa.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/**
 * The files one bake writes, and what went wrong writing them. Each folder is made once, not once per file: a site
 * has thousands of pages in a few dozen folders. Used by the one thread that bakes the site.
 */
final class Writes {

    private final List<Finding> findings = new ArrayList<>();
    private final Set<Path> folders = new HashSet<>();

    List<Finding> findings() {
        return findings;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    boolean write(Path target, byte[] bytes) {
        try {
            folderOf(target);
            Files.write(target, bytes);
            return true;
        } catch (IOException e) {
            findings.add(Finding.error(target.toString(), 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
            return false;
        }
    }

    void copy(Path source, Path target, String repoPath) {
        try {
            folderOf(target);
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            findings.add(Finding.error(repoPath, 0, "write-failed", Message.of("bake.write-failed", String.valueOf(e.getMessage()))));
        }
    }

    private void folderOf(Path target) throws IOException {
        Path folder = target.getParent();
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
    }
}
