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

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
