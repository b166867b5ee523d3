package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.finding.Message;
import vn.congxa.text.Vietnamese;
import vn.congxa.yaml.YNode;

/** An ISO week, "2026-W48": the week of a weekly schedule, shown as the days it runs from and to. */
final class WeekField implements FieldType {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    @Override
    public String id() {
        return "week";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return reading.text(spec, node).flatMap(text -> {
            var matcher = WEEK.matcher(text);
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                int week = Integer.parseInt(matcher.group(2));
                long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
                if (week >= 1 && week <= weeks) {
                    return Optional.of(new Value.Week(year, week));
                }
            }
            reading.problem(node, "invalid-week", Message.of("field.week-format", spec.key(), text));
            return Optional.empty();
        });
    }

    /** "2026-W48" → "23/11/2026 – 29/11/2026". */
    @Override
    public String text(FieldSpec spec, Value value) {
        Value.Week week = (Value.Week) value;
        return Vietnamese.day(week.monday()) + " – " + Vietnamese.day(week.sunday());
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return Stream.empty(); // the week is in the item's title and dates
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.put("type", "string").put("pattern", "^\\d{4}-W\\d{2}$");
    }

    // Decap has no week picker: a line held to the ISO form the build reads.
    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        widget.put("widget", "string");
        FieldWidget.pattern(widget, "^\\d{4}-W\\d{2}$", "tuần dạng 2026-W49 (năm, chữ W, số tuần)");
    }

    @Override
    public void scaffold(FieldSpec spec, LocalDate day, String indent, StringBuilder out) {
        out.append(indent).append(spec.key()).append(": ").append(Value.Week.of(day).plain()).append('\n');
    }
}
