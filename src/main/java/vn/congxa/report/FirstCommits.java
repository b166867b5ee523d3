package vn.congxa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The day each file of a git checkout was first committed (in Vietnam's time), read once from the history of HEAD:
 * an item's stated date can be checked against it, so that back-dating cannot fake freshness.
 */
public final class FirstCommits {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final Map<String, LocalDate> firstDays;

    private FirstCommits(Map<String, LocalDate> firstDays) {
        this.firstDays = firstDays;
    }

    /** Empty when {@code root} is not the top of a git checkout with at least one commit. */
    public static Optional<FirstCommits> read(Path root) throws IOException {
        if (!root.resolve(".git").toFile().exists()) {
            return Optional.empty();
        }
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(root.toFile()).setGitDir(root.resolve(".git").toFile())
                .setMustExist(true).build()) {
            ObjectId head = repository.resolve("HEAD");
            if (head == null) {
                return Optional.empty();
            }
            Map<String, LocalDate> firstDays = new HashMap<>();
            try (RevWalk walk = new RevWalk(repository); DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
                diff.setRepository(repository);
                diff.setDetectRenames(true); // a file renamed keeps the day it was first committed under its old name
                walk.sort(RevSort.TOPO);
                walk.sort(RevSort.REVERSE, true); // oldest first
                walk.markStart(walk.parseCommit(head));
                for (RevCommit commit : walk) {
                    LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), VIETNAM);
                    RevCommit parent = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
                    for (DiffEntry change : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                        switch (change.getChangeType()) {
                            case ADD, COPY -> firstDays.putIfAbsent(change.getNewPath(), day);
                            case RENAME -> firstDays.putIfAbsent(change.getNewPath(), firstDays.getOrDefault(change.getOldPath(), day));
                            default -> { }
                        }
                    }
                }
            }
            return Optional.of(new FirstCommits(firstDays));
        }
    }

    /** @param repoPath a path from the repository root with '/' */
    public Optional<LocalDate> of(String repoPath) {
        return Optional.ofNullable(firstDays.get(repoPath));
    }
}
