package vn.congxa.profile;

import java.util.Arrays;
import java.util.Optional;

/** The types a front-matter or configuration field can have; {@code kinds.yml} names them in lower case. TIME is a time of day (a schedule row's). */
public enum FieldType {
    STRING, TEXT, DATE, WEEK, TIME, BOOLEAN, INTEGER, URL, EMAIL, PHONE, COLOR, LIST, FILE, FILES, IMAGE, ENTRIES, SECTIONS;

    public String id() {
        return name().toLowerCase();
    }

    public static Optional<FieldType> parse(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
