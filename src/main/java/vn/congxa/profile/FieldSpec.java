package vn.congxa.profile;

import java.util.List;

/**
 * One field of a kind: its key, type, whether it is required, the values it may take, its labels, whether it is
 * shown to readers (a display order, for one, is not), and whether a section's listing can be filtered by it.
 */
public record FieldSpec(String key, FieldType type, boolean required, List<String> values, String label, String labelEn,
                        boolean hidden, boolean filter) {

    public FieldSpec {
        values = List.copyOf(values);
    }
}
