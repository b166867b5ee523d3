package vn.congxa.field;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value of one field, read and checked: typed, so that nothing downstream has to test what a field holds. Each
 * {@link FieldType} reads one of these; {@link #plain()} is its form as data (ISO dates, numbers as digits), which
 * metadata, filters and exports use.
 */
public sealed interface Value {

    String plain();

    /** Words as written: a line, a paragraph, an address, a colour, a time of day. */
    record Text(String text) implements Value {
        @Override
        public String plain() {
            return text;
        }
    }

    record Day(LocalDate day) implements Value {
        @Override
        public String plain() {
            return day.toString();
        }
    }

    /** An ISO week, 2026-W48: a weekly schedule's. */
    record Week(int year, int week) implements Value {
        /** The ISO week a day falls in. */
        public static Week of(LocalDate day) {
            return new Week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        public LocalDate monday() {
            return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        }

        public LocalDate sunday() {
            return monday().plusDays(6);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(monday()) && !day.isAfter(sunday());
        }

        @Override
        public String plain() {
            return String.format("%04d-W%02d", year, week);
        }
    }

    record Whole(long number) implements Value {
        @Override
        public String plain() {
            return String.valueOf(number);
        }
    }

    record Flag(boolean on) implements Value {
        @Override
        public String plain() {
            return String.valueOf(on);
        }
    }

    record Texts(List<String> texts) implements Value {
        public Texts {
            texts = List.copyOf(texts);
        }

        @Override
        public String plain() {
            return String.join(", ", texts);
        }
    }

    /** Files of the unit's folder, by their path inside the site. */
    record Paths(List<String> paths) implements Value {
        public Paths {
            paths = List.copyOf(paths);
        }

        @Override
        public String plain() {
            return String.join(", ", paths);
        }
    }

    /** The rows of a table (a schedule), each read against the field's own fields. */
    record Rows(List<Values> rows) implements Value {
        public Rows {
            rows = List.copyOf(rows);
        }

        @Override
        public String plain() {
            return rows.stream().map(row -> row.map().values().stream().map(Value::plain).collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("; "));
        }
    }
}
