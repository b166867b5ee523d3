package vn.congxa.field;

import java.util.List;
import vn.congxa.finding.Messages.Localised;
import java.util.Optional;

/**
 * One field of a kind: its key, type, whether it is required, the values it may take, its labels, whether it is
 * shown to readers (a display order, for one, is not), whether a section's listing can be filtered by it, and, for
 * {@link FieldTypes#ENTRIES}, the fields of each entry (the rows of a weekly schedule, for one), and for an
 * {@link FieldTypes#IMAGE}, the field that describes it for readers who cannot see it ("" for none). A
 * {@link FieldTypes#COLOR} may have a default, and the colours it is shown against ({@code contrastWith}: keys of
 * other colour fields, or {@code #rrggbb}), which it must contrast with enough for everyone to read it. A date, or the
 * rows of entries, may have {@link Bounds}.
 */
public record FieldSpec(String key, FieldType type, boolean required, List<String> values, String label, String labelEn,
                        boolean hidden, boolean filter, List<FieldSpec> fields, String alt, Optional<String> defaultValue,
                        List<String> contrastWith, Bounds bounds, Constraints constraints) {

    public FieldSpec {
        values = List.copyOf(values);
        fields = List.copyOf(fields);
        contrastWith = List.copyOf(contrastWith);
    }

    /** Its label in both languages, for messages. */
    public Localised localisedLabel() {
        return new Localised(label, labelEn.isBlank() ? label : labelEn);
    }

    /**
     * What a value must be beyond its type: a web address on one of {@code hosts}, or text matching {@code pattern}
     * (whole), shown to editors as {@code example}.
     */
    public record Constraints(List<String> hosts, Optional<java.util.regex.Pattern> pattern, String example) {
        public static final Constraints NONE = new Constraints(List.of(), Optional.empty(), "");

        public Constraints {
            hosts = List.copyOf(hosts);
        }
    }

    /**
     * What a profile's section asks of a kind's field beyond the kind (its {@code fields:}), so that the same kind serves
     * a law that asks more: that it be present, and constraints on its value.
     */
    public record Rule(boolean required, Constraints constraints) {
    }

    /** This field as a section of a profile asks for it: required if either says so, with the section's constraints. */
    public FieldSpec tightenedBy(Rule rule) {
        Constraints asked = rule.constraints();
        Constraints merged = new Constraints(asked.hosts().isEmpty() ? constraints.hosts() : asked.hosts(),
                asked.pattern().isPresent() ? asked.pattern() : constraints.pattern(),
                asked.pattern().isPresent() ? asked.example() : constraints.example());
        return new FieldSpec(key, type, required || rule.required(), values, label, labelEn, hidden, filter, fields, alt,
                defaultValue, contrastWith, bounds, merged);
    }
}
