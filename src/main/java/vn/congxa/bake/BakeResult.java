package vn.congxa.bake;

import java.util.List;
import vn.congxa.finding.Finding;

/**
 * What baking produced: the number of HTML pages written, the size of the site's search index, and the problems met
 * (a template error, a file not written).
 */
public record BakeResult(int pages, Index index, List<Finding> findings) {

    /** How many pages the search index holds, and how many bytes a phone downloads to search. */
    public record Index(int documents, long bytes) {
        public static final Index NONE = new Index(0, 0);
    }

    public BakeResult {
        findings = List.copyOf(findings);
    }
}
