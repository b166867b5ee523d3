package vn.congxa.content;

import java.util.Optional;
import vn.congxa.yaml.YNode;

/** A commune's folder as read: its slug, its {@code commune.yml} (empty when missing or unreadable) and its files. */
public record CommuneSource(String slug, Optional<YNode.Mapping> config, SourceTree tree) {

    public static final String CONFIG = "commune.yml";

    public String configPath() {
        return tree.repoPath() + "/" + CONFIG;
    }
}
