package vn.congxa.check;

import java.util.List;
import vn.congxa.finding.Finding;

/** Every finding of a repository, sorted, and the communes that can be baked when there is no error. */
public record CheckResult(List<Finding> findings, List<Commune> communes) {

    public CheckResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        communes = List.copyOf(communes);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
