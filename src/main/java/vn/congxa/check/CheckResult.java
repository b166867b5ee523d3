package vn.congxa.check;

import java.util.List;
import java.util.Optional;
import vn.congxa.finding.Finding;

/**
 * Every finding of a repository, sorted, the communes that can be baked when there is no error, and the unit that
 * oversees them (when the repository names one).
 */
public record CheckResult(List<Finding> findings, List<Commune> communes, Optional<Overseer> overseer) {

    public CheckResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        communes = List.copyOf(communes);
    }

    /** The same check with more findings before its own. */
    public CheckResult after(List<Finding> before) {
        List<Finding> all = new java.util.ArrayList<>(before);
        all.addAll(findings);
        return new CheckResult(all, communes, overseer);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
