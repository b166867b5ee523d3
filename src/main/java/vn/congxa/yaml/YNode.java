package vn.congxa.yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML value with the source line it starts on, so that every finding about it can name its line. */
public sealed interface YNode permits YNode.Scalar, YNode.Sequence, YNode.Mapping {

    int line();

    /**
     * A scalar: its text as written and its value as YAML 1.2 core schema reads it (String, Long, Double, Boolean,
     * or null). Dates stay strings: their format is checked by the rules, with a message an editor understands.
     */
    record Scalar(String text, Object value, int line) implements YNode {
    }

    record Sequence(List<YNode> items, int line) implements YNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping in source order. */
    record Mapping(Map<String, Entry> entries, int line) implements YNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public Optional<YNode> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(Entry::value);
        }

        /** The text of a scalar entry, or empty when absent, null or not a scalar. */
        public Optional<String> text(String key) {
            return get(key).flatMap(node -> node instanceof Scalar s && s.value() != null
                    ? Optional.of(String.valueOf(s.value())) : Optional.empty());
        }

        public int lineOf(String key) {
            Entry entry = entries.get(key);
            return entry == null ? line : entry.keyLine();
        }
    }

    record Entry(String key, int keyLine, YNode value) {
    }
}
