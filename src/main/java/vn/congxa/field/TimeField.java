package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/**
 * A time of day, written as {@code 07:30}, {@code 7:30}, {@code 7h30} or {@code 7h}, or from one such time to a later
 * one ({@code 07:30 - 11:00}), or a part of the day ("Sáng", "Trưa", "Chiều", "Tối", "Cả ngày"); shown with times as
 * {@code HH:MM}, a range with an en dash, a part of the day as written.
 */
final class TimeField implements FieldType {

    /** A time of day as Vietnamese write it: 07:30, 7:30, 7h30, 7h (24-hour clock). */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2})|[hH](\\d{2})?)");
    /** From one time to another: "07:30 - 11:00", "7h30–11h". */
    private static final Pattern TIME_RANGE = Pattern.compile("(\\S+)\\s*[-–—]\\s*(\\S+)");
    /** Parts of the day a schedule may give instead of a time, in lower case. */
    private static final Set<String> PARTS_OF_DAY = Set.of("sáng", "trưa", "chiều", "tối", "cả ngày");

    @Override
    public String id() {
        return "time";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return reading.text(spec, node).flatMap(text -> {
            Optional<String> time = time(text);
            if (time.isEmpty()) {
                reading.problem(node, "invalid-time", Message.of("field.invalid-time", spec.key(), text));
            }
            return time.map(Value.Text::new);
        });
    }

    private static Optional<String> time(String text) {
        if (PARTS_OF_DAY.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.of(text);
        }
        Optional<String> single = clock(text);
        if (single.isPresent()) {
            return single;
        }
        var range = TIME_RANGE.matcher(text);
        if (range.matches()) {
            Optional<String> from = clock(range.group(1));
            Optional<String> until = clock(range.group(2));
            if (from.isPresent() && until.isPresent() && from.get().compareTo(until.get()) < 0) {
                return Optional.of(from.get() + "–" + until.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clock(String text) {
        var matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        String minutes = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        return hour <= 23 && minute <= 59 ? Optional.of(String.format("%02d:%02d", hour, minute)) : Optional.empty();
    }

    // The forms the build accepts: 07:30, 7h30, 7h, a range of two, or a part of the day.
    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        property.put("type", "string");
    }

    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        widget.put("widget", "string").put("hint", "07:30, 7h30, 07:30 - 11:00, hoặc Sáng, Chiều, Cả ngày");
    }
}
