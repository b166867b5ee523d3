package vn.congxa.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import vn.congxa.check.History;

/**
 * The day each file of a git checkout was first committed (in Vietnam's time), read once from the history of HEAD:
 * an item's stated date can be checked against it, so that back-dating cannot fake freshness; and of two files that
 * conflict, the one that came later can be told.
 */
public final class FirstCommits implements History {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** The commit that first added a file: its day, and its position in the history (oldest first). */
    private record First(LocalDate day, int commit) {
    }

    private final Map<String, First> firsts;

    private FirstCommits(Map<String, First> firsts) {
        this.firsts = Map.copyOf(firsts);
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
            Map<String, First> firsts = new HashMap<>();
            int position = 0;
            try (RevWalk walk = new RevWalk(repository); DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
                diff.setRepository(repository);
                diff.setDetectRenames(true); // a file renamed keeps the day it was first committed under its old name
                walk.sort(RevSort.TOPO);
                walk.sort(RevSort.REVERSE, true); // oldest first
                walk.markStart(walk.parseCommit(head));
                for (RevCommit commit : walk) {
                    First first = new First(LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), VIETNAM), position++);
                    RevCommit parent = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
                    for (DiffEntry change : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                        switch (change.getChangeType()) {
                            case ADD, COPY -> firsts.putIfAbsent(change.getNewPath(), first);
                            case RENAME -> firsts.putIfAbsent(change.getNewPath(), firsts.getOrDefault(change.getOldPath(), first));
                            default -> { }
                        }
                    }
                }
            }
            return Optional.of(new FirstCommits(firsts));
        }
    }

    /** @param repoPath a path from the repository root with '/' */
    public Optional<LocalDate> of(String repoPath) {
        return Optional.ofNullable(firsts.get(repoPath)).map(First::day);
    }

    @Override
    public OptionalInt introduced(String repoPath) {
        First first = firsts.get(repoPath);
        return first == null ? OptionalInt.empty() : OptionalInt.of(first.commit());
    }
}
