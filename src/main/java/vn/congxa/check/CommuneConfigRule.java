package vn.congxa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congxa.content.Asset;
import vn.congxa.content.CommuneSource;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.profile.FieldSpec;
import vn.congxa.profile.FieldType;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.yaml.YNode;

/** Checks {@code commune.yml} against the {@code commune} fields of the kinds file, and reads the commune's own sections. */
final class CommuneConfigRule {

    /** The commune's typed configuration and the sections it adds after the profile's. */
    record Config(Map<String, Object> values, List<Section> ownSections) {
    }

    private CommuneConfigRule() {
    }

    static Config check(CommuneSource commune, Profile profile, Kinds kinds, List<Finding> findings) {
        String path = commune.configPath();
        if (commune.config().isEmpty()) {
            if (findings.stream().noneMatch(f -> f.path().equals(path))) {
                findings.add(Finding.error(path, 0, "missing-commune-config", Message.of("commune.missing-config")));
            }
            return new Config(Map.of(), List.of());
        }
        YNode.Mapping map = commune.config().get();
        Set<String> assets = commune.tree().assets().stream().map(Asset::sitePath).collect(Collectors.toSet());
        FieldReader.Context context = new FieldReader.Context(path, commune.tree().repoPath(), assets, Optional.empty(),
                true, Severity.ERROR, Severity.ERROR, true, Optional.empty());
        Map<String, Object> values = FieldReader.read(map, kinds.commune(), context, findings);
        ContrastRule.check(path, map, kinds.commune(), values, profile.accessibility(), findings);
        List<Section> own = new ArrayList<>();
        for (FieldSpec spec : kinds.commune()) {
            if (spec.type() != FieldType.SECTIONS) {
                continue;
            }
            for (Section section : ownSections(path, map, spec.key(), kinds, findings)) {
                if (profile.find(section.path()).isPresent()) {
                    findings.add(Finding.error(path, map.lineOf(spec.key()), "own-section-clash",
                            Message.of("commune.own-section-clash", section.slug())));
                } else {
                    own.add(section);
                }
            }
        }
        return new Config(values, own);
    }

    private static List<Section> ownSections(String path, YNode.Mapping map, String key, Kinds kinds, List<Finding> findings) {
        return map.get(key).map(node -> {
            if (node instanceof YNode.Sequence sequence) {
                return ProfileLoader.ownSections(path, key, sequence.items(), kinds, findings);
            }
            findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of("config.not-list", key)));
            return new ArrayList<Section>();
        }).orElse(List.of());
    }
}
