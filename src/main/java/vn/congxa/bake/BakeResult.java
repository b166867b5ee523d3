package vn.congxa.bake;

import java.util.List;
import vn.congxa.finding.Finding;

/** What baking produced: the number of HTML pages written, and the problems met (a template error, a file not written). */
public record BakeResult(int pages, List<Finding> findings) {

    public BakeResult {
        findings = List.copyOf(findings);
    }
}
