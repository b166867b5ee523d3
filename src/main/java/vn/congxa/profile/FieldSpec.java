package vn.congxa.profile;

import java.util.List;
import java.util.Optional;

/**
 * One field of a kind: its key, type, whether it is required, the values it may take, its labels, whether it is
 * shown to readers (a display order, for one, is not), whether a section's listing can be filtered by it, and, for
 * {@link FieldType#ENTRIES}, the fields of each entry (the rows of a weekly schedule, for one), and for an
 * {@link FieldType#IMAGE}, the field that describes it for readers who cannot see it ("" for none). A
 * {@link FieldType#COLOR} may have a default, and the colours it is shown against ({@code contrastWith}: keys of
 * other colour fields, or {@code #rrggbb}), which it must contrast with enough for everyone to read it. A date, or the
 * rows of entries, may have {@link Bounds}.
 */
public record FieldSpec(String key, FieldType type, boolean required, List<String> values, String label, String labelEn,
                        boolean hidden, boolean filter, List<FieldSpec> fields, String alt, Optional<String> defaultValue,
                        List<String> contrastWith, Bounds bounds) {

    public FieldSpec {
        values = List.copyOf(values);
        fields = List.copyOf(fields);
        contrastWith = List.copyOf(contrastWith);
    }
}
