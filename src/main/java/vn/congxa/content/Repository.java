package vn.congxa.content;

import java.nio.file.Path;
import java.util.List;
import vn.congxa.finding.Finding;

/** Everything read from a repository: the shared content, the communes, and what could not be read. */
public record Repository(Path root, SourceTree shared, List<CommuneSource> communes, List<Finding> findings) {

    public static final String SHARED = "content";
    public static final String COMMUNES = "communes";

    public Repository {
        communes = List.copyOf(communes);
        findings = List.copyOf(findings);
    }

    /** The repository as it stood on a day: items dated after it were not published yet, so they are left out. */
    public Repository asItStood(java.time.LocalDate day) {
        return new Repository(root, shared.asItStood(day), communes.stream()
                .map(c -> new CommuneSource(c.slug(), c.config(), c.tree().asItStood(day))).toList(), findings);
    }
}
