package vn.congxa.check;

import java.util.OptionalInt;

/** When files entered a repository's history: tells which of two files that conflict came later. */
public interface History {

    /** Nothing can be told apart: not a git checkout, or its history cannot be read. */
    History NONE = repoPath -> OptionalInt.empty();

    /**
     * @param repoPath a path from the repository root with '/'
     * @return the position in the history of the commit that first added the file, greater for a later commit; empty
     *         when no commit has it
     */
    OptionalInt introduced(String repoPath);
}
