package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.yaml.YNode;

/**
 * A type of field ({@code type:} in {@code kinds.yml}), as one unit of behaviour: it reads and checks a value, says how
 * a reader sees it, where it goes on an item's page, what search finds in it, its JSON Schema, its widget in the web
 * editor, the line {@code new} writes for it and the images a page showing it downloads. Adding a type is one new implementation, listed in
 * {@link FieldTypes}. Implementations hold no state: one instance serves every build and every thread.
 */
public interface FieldType {

    /** Where a field's value goes on its item's page. */
    enum Placement {
        /** In the item's table of facts, as text (a link where it has one). */
        FACTS,
        /** As the item's picture. */
        PICTURE,
        /** In the list of files to download. */
        ATTACHMENTS,
        /** As a table of its own (the rows of a schedule). */
        TABLE,
        /** Nowhere: configuration read by the build itself. */
        NONE
    }

    /** The name {@code kinds.yml} gives it. */
    String id();

    /** The value {@code node} gives, or nothing, with each problem told to {@code reading} on the node's line. */
    Optional<Value> read(FieldSpec spec, YNode node, Reading reading);

    /** The value a field has when the file leaves it out (a colour's default); most have none. */
    default Optional<Value> fallback(FieldSpec spec) {
        return Optional.empty();
    }

    /** The value as a reader sees it, on one line of text: as written, unless the type shows it otherwise (a date). */
    default String text(FieldSpec spec, Value value) {
        return value.plain();
    }

    /** Where the value leads when a reader follows it (an address, a mailto: or tel: link). */
    default Optional<String> href(Value value) {
        return Optional.empty();
    }

    default Placement placement() {
        return Placement.FACTS;
    }

    /** Whether the value is short enough for a notice line (a date is; a paragraph is not). */
    default boolean brief() {
        return true;
    }

    /** The value in a cell of a table (a schedule's row). */
    default String cell(FieldSpec spec, Value value) {
        return text(spec, value);
    }

    /** The words a search of the site finds the item by. */
    default Stream<String> words(FieldSpec spec, Value value) {
        return Stream.of(text(spec, value));
    }

    /** Fills in the JSON Schema of a value of this type (editors' autocomplete, the web editor). */
    void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds);

    /**
     * Fills in the web editor's widget for a value of this type (Decap CMS: {@code widget} and its options), which
     * {@link FieldWidget} has given its name, label, whether it is required and its hint.
     */
    void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place);

    /**
     * The line {@code new} writes for a required field: the key and, where a value can be proposed ({@code day} for a
     * date), that value, or a comment saying what to write.
     */
    default void scaffold(FieldSpec spec, LocalDate day, String indent, StringBuilder out) {
        out.append(indent).append(spec.key()).append(":   # bắt buộc: ").append(spec.label())
                .append(spec.values().isEmpty() ? "" : " — một trong: " + String.join(", ", spec.values()))
                .append(hint(spec)).append('\n');
    }

    /** What a value looks like, for the scaffold's comment: its form as the profile gives it, or as its type needs. */
    default String hint(FieldSpec spec) {
        if (!spec.constraints().example().isEmpty()) {
            return " (dạng " + spec.constraints().example() + ")";
        }
        if (!spec.constraints().hosts().isEmpty()) {
            return " (địa chỉ https://" + spec.constraints().hosts().get(0) + "/…)";
        }
        return "";
    }

    /** The files of the unit's folder that a page showing the value downloads with it: weighed by the image budget. */
    default List<String> embedded(Value value) {
        return List.of();
    }
}
