package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.congxa.finding.Message;
import vn.congxa.text.Vietnamese;
import vn.congxa.yaml.YNode;

/** A day, written {@code YYYY-MM-DD}; shown as {@code dd/MM/yyyy}, with its weekday in a schedule. */
final class DateField implements FieldType {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Override
    public String id() {
        return "date";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return reading.text(spec, node).flatMap(text -> {
            var matcher = DATE.matcher(text);
            if (!matcher.matches()) {
                reading.problem(node, "invalid-date", Message.of("field.date-format", spec.key(), text));
                return Optional.empty();
            }
            try {
                return Optional.of(new Value.Day(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)))));
            } catch (DateTimeException e) {
                reading.problem(node, "invalid-date", Message.of("field.date-impossible", spec.key(), text));
                return Optional.empty();
            }
        });
    }

    @Override
    public String text(FieldSpec spec, Value value) {
        return Vietnamese.day(((Value.Day) value).day());
    }

    @Override
    public String cell(FieldSpec spec, Value value) {
        return Vietnamese.WEEKDAY.format(((Value.Day) value).day());
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.put("type", "string").put("format", "date").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
    }

    /** A calendar, stored as YYYY-MM-DD (today's date until the editor picks one), shown as the build shows it. */
    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        widget.put("widget", "datetime").put("format", "YYYY-MM-DD").put("date_format", "DD/MM/YYYY").put("time_format", false)
                .put("picker_utc", true);
    }

    @Override
    public void scaffold(FieldSpec spec, LocalDate day, String indent, StringBuilder out) {
        out.append(indent).append(spec.key()).append(": ").append(day).append('\n');
    }
}
