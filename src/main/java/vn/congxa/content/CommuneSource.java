package vn.congxa.content;

import java.util.Optional;
import vn.congxa.yaml.YNode;

/**
 * A commune's folder as read: its slug, its {@code commune.yml} (empty when missing or unreadable) and its files.
 *
 * @param configExists whether there is a {@code commune.yml}, readable or not: an unreadable one is reported by the reader
 */
public record CommuneSource(String slug, Optional<YNode.Mapping> config, SourceTree tree, boolean configExists) {

    public static final String CONFIG = "commune.yml";

    /**
     * A commune's {@code commune.yml} alone, as the rules that compare communes see it, whichever communes a command
     * works on.
     *
     * @param path from the repository root
     */
    public record ConfigFile(String slug, String path, Optional<YNode.Mapping> mapping, boolean exists) {
    }

    /** The commune as it stood on a day: items dated after it were not published yet, so they are left out. */
    public CommuneSource asItStood(java.time.LocalDate day) {
        return new CommuneSource(slug, config, tree.asItStood(day), configExists);
    }

    public String configPath() {
        return tree.repoPath() + "/" + CONFIG;
    }

    public ConfigFile configFile() {
        return new ConfigFile(slug, configPath(), config, configExists);
    }
}
