package vn.congxa.content;

import java.nio.file.Path;
import java.util.List;
import vn.congxa.finding.Finding;

/**
 * Everything read from a repository: the shared content, the communes, and what could not be read.
 *
 * @param communes the communes a command works on, read in full
 * @param configs  every commune's {@code commune.yml}, whichever communes were chosen, in the folders' order
 */
public record Repository(Path root, SourceTree shared, List<CommuneSource> communes, List<CommuneSource.ConfigFile> configs,
                         List<Finding> findings) {

    public static final String SHARED = "content";
    public static final String COMMUNES = "communes";
    /** The folder of the shared tree that holds the profiles, one file per legal text. */
    public static final String PROFILES = "profiles";

    public Repository {
        communes = List.copyOf(communes);
        configs = List.copyOf(configs);
        findings = List.copyOf(findings);
    }
}
