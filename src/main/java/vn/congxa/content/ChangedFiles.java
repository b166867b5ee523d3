package vn.congxa.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The files of a git checkout that differ from a ref: committed since it, changed in the working tree, or new and not
 * ignored. A pull request's check looks only at the communes these files belong to.
 */
public final class ChangedFiles {

    private ChangedFiles() {
    }

    /** Paths from the repository root with '/'. */
    public static Set<String> since(Path root, String ref) throws IOException, UnknownRef {
        try (Git git = Git.open(root.toFile()); RevWalk walk = new RevWalk(git.getRepository());
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            ObjectId base = git.getRepository().resolve(ref + "^{commit}");
            ObjectId head = git.getRepository().resolve("HEAD^{commit}");
            if (base == null || head == null) {
                throw new UnknownRef(ref);
            }
            Set<String> paths = new TreeSet<>();
            diff.setRepository(git.getRepository());
            for (DiffEntry change : diff.scan(walk.parseCommit(base).getTree(), walk.parseCommit(head).getTree())) {
                paths.add(change.getOldPath());
                paths.add(change.getNewPath());
            }
            Status status = git.status().call();
            paths.addAll(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            paths.remove(DiffEntry.DEV_NULL);
            return paths;
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The ref names nothing in this repository (or the folder is not a git checkout). */
    public static final class UnknownRef extends Exception {
        public UnknownRef(String ref) {
            super(ref);
        }
    }
}
