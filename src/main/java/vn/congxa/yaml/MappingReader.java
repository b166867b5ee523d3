package vn.congxa.yaml;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/**
 * Reads typed values out of a configuration mapping (the profile, the kinds, a commune's own sections) and records
 * a finding for each value that is missing or of the wrong type, so that one pass reports every problem.
 */
public record MappingReader(String path, YNode.Mapping map, List<Finding> findings) {

    public Optional<String> string(String key, boolean required) {
        Optional<YNode> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof YNode.Scalar s && s.value() == null) {
            if (required) {
                findings.add(Finding.error(path, map.line(), "config-missing-key", Message.of("config.missing-key", key)));
            }
            return Optional.empty();
        }
        if (node.get() instanceof YNode.Scalar s) {
            return Optional.of(String.valueOf(s.value()));
        }
        findings.add(Finding.error(path, node.get().line(), "config-wrong-type", Message.of("config.not-text", key)));
        return Optional.empty();
    }

    public boolean bool(String key, boolean fallback) {
        return map.get(key).map(node -> {
            if (node instanceof YNode.Scalar s && s.value() instanceof Boolean b) {
                return b;
            }
            findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of("config.not-boolean", key)));
            return fallback;
        }).orElse(fallback);
    }

    public int integer(String key, int fallback) {
        return map.get(key).map(node -> {
            if (node instanceof YNode.Scalar s && s.value() instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
                return l.intValue();
            }
            findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of("config.not-count", key)));
            return fallback;
        }).orElse(fallback);
    }

    /** A positive number such as 4.5 (a ratio); an integer is accepted too. */
    public double number(String key, double fallback) {
        return decimal(key, fallback, Double.MIN_VALUE, Double.MAX_VALUE, "config.not-number");
    }

    /** A number from 0 to 1, such as 0.5: a share of something. */
    public double share(String key, double fallback) {
        return decimal(key, fallback, 0, 1, "config.not-share");
    }

    /** A number, 0 or more. */
    public double nonNegative(String key, double fallback) {
        return decimal(key, fallback, 0, Double.MAX_VALUE, "config.not-non-negative");
    }

    private double decimal(String key, double fallback, double min, double max, String messageKey) {
        return map.get(key).map(node -> {
            if (node instanceof YNode.Scalar s && s.value() instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
                return n.doubleValue();
            }
            findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of(messageKey, key)));
            return fallback;
        }).orElse(fallback);
    }

    public Optional<YNode.Mapping> mapping(String key) {
        return map.get(key).flatMap(node -> {
            if (node instanceof YNode.Mapping m) {
                return Optional.of(m);
            }
            findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of("config.not-mapping", key)));
            return Optional.empty();
        });
    }

    public List<YNode> sequence(String key) {
        return map.get(key).map(node -> {
            if (node instanceof YNode.Sequence s) {
                return s.items();
            }
            if (node instanceof YNode.Scalar s && s.value() == null) {
                return List.<YNode>of();
            }
            findings.add(Finding.error(path, node.line(), "config-wrong-type", Message.of("config.not-list", key)));
            return List.<YNode>of();
        }).orElse(List.of());
    }

    /** Every key not in {@code known} is an error, with the nearest known key as a suggestion. */
    public void onlyKeys(Set<String> known) {
        for (YNode.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                findings.add(Finding.error(path, entry.keyLine(), "config-unknown-key",
                        Message.of("config.unknown-key", entry.key(), Nearest.hint(entry.key(), known))));
            }
        }
    }

    public MappingReader nested(YNode.Mapping child) {
        return new MappingReader(path, child, findings);
    }
}
