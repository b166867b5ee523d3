package vn.congxa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congxa.content.Asset;
import vn.congxa.content.CommuneSource;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldReader;
import vn.congxa.field.FieldTypes;
import vn.congxa.field.Values;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.yaml.YNode;

/** Checks {@code commune.yml} against the {@code commune} fields of the kinds file, and reads the commune's own sections. */
final class CommuneConfigRule {

    /** The commune's typed configuration and the sections it adds after the profile's. */
    record Config(Values values, List<Section> ownSections) {
    }

    private CommuneConfigRule() {
    }

    static Config check(CommuneSource commune, Profile profile, Kinds kinds, Optional<Overseer> overseer, List<Finding> findings) {
        String path = commune.configPath();
        if (commune.config().isEmpty()) {
            if (!commune.configExists()) { // one that cannot be read is reported by the reader
                findings.add(Finding.error(path, 0, "missing-commune-config", Message.of("commune.missing-config")));
            }
            return new Config(Values.NONE, List.of());
        }
        YNode.Mapping map = commune.config().get();
        Set<String> assets = commune.tree().assets().stream().map(Asset::sitePath).collect(Collectors.toSet());
        FieldReader.Context context = new FieldReader.Context(path, commune.tree().repoPath(), assets, Optional.empty(),
                true, Severity.ERROR, Severity.ERROR, true, Optional.empty());
        Values values = FieldReader.read(map, kinds.commune(), context, findings);
        ContrastRule.check(path, map, kinds.commune(), values, profile.accessibility(), findings);
        unitKind(path, map, values, profile, findings);
        overseer.ifPresent(o -> portalAddress(path, map, values, profile, o, findings));
        List<Section> own = new ArrayList<>();
        for (FieldSpec spec : kinds.commune()) {
            if (spec.type() != FieldTypes.SECTIONS) {
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

    /** The unit is of a kind the law in force knows (no thị trấn since 1/7/2025). */
    private static void unitKind(String path, YNode.Mapping map, Values values, Profile profile, List<Finding> findings) {
        profile.unitRules().kinds().ifPresent(kinds -> {
            String kind = values.plain("loai").orElse(null);
            if (kind != null && !kinds.values().contains(kind)) {
                Finding finding = Finding.error(path, map.lineOf("loai"), "unit-kind",
                        Message.of("commune.unit-kind", kind, String.join(", ", kinds.values())));
                findings.add(kinds.basis().map(finding::withBasis).orElse(finding));
            }
        });
    }

    /** The portal is at the address the law gives it: binhson.quangngai.gov.vn for xã Bình Sơn of Quảng Ngãi. */
    private static void portalAddress(String path, YNode.Mapping map, Values values, Profile profile, Overseer overseer,
                                      List<Finding> findings) {
        profile.unitRules().portalAddress().filter(rule -> !overseer.domain().isEmpty()).ifPresent(rule -> {
            String name = values.plain("ten_don_vi").orElse(null);
            String url = values.plain("dia_chi_web").orElse(null);
            if (name == null || url == null) {
                return; // missing: reported as such
            }
            String expected = rule.expectedHost(name, overseer.domain());
            String host = java.net.URI.create(url).getHost().toLowerCase(java.util.Locale.ROOT);
            if (!host.equals(expected)) {
                Finding finding = Finding.error(path, map.lineOf("dia_chi_web"), "portal-address",
                        Message.of("commune.portal-address", url, expected, name, overseer.fullName()));
                findings.add(rule.basis().map(finding::withBasis).orElse(finding));
            }
        });
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
