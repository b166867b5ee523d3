package vn.congxa.check;

import java.util.List;
import java.util.Optional;
import vn.congxa.content.Repository;
import vn.congxa.finding.Finding;

/**
 * Every finding of a repository, sorted, the communes that can be baked when there is no error, the unit that
 * oversees them (when the repository names one), and what was read, which another check of the same repository (a
 * report's earlier period) reuses: the files as read and the bodies.
 */
public record CheckResult(List<Finding> findings, List<Commune> communes, Optional<Overseer> overseer, Optional<Repository> read,
                          ReadBodies bodies) {

    public CheckResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        communes = List.copyOf(communes);
    }

    /** A check that read nothing (the profile could not be used, no commune was selected). */
    public CheckResult(List<Finding> findings, List<Commune> communes, Optional<Overseer> overseer) {
        this(findings, communes, overseer, Optional.empty(), ReadBodies.NONE);
    }

    /** The same check with more findings before its own. */
    public CheckResult after(List<Finding> before, Optional<Repository> repository) {
        List<Finding> all = new java.util.ArrayList<>(before);
        all.addAll(findings);
        return new CheckResult(all, communes, overseer, repository, bodies);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
