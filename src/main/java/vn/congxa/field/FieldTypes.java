package vn.congxa.field;

import java.util.List;
import java.util.Optional;

/** Every type a field can have, by the name {@code kinds.yml} gives it. */
public final class FieldTypes {

    public static final FieldType STRING = new TextField("string", true);
    public static final FieldType TEXT = new TextField("text", false);
    public static final FieldType DATE = new DateField();
    public static final FieldType WEEK = new WeekField();
    public static final FieldType TIME = new TimeField();
    public static final FieldType BOOLEAN = ScalarField.BOOLEAN;
    public static final FieldType INTEGER = ScalarField.INTEGER;
    public static final FieldType URL = new ContactField.Url();
    public static final FieldType EMAIL = new ContactField.Email();
    public static final FieldType PHONE = new ContactField.Phone();
    public static final FieldType COLOR = new ColorField();
    public static final FieldType LIST = new ListField();
    public static final FieldType FILE = new FileField.One();
    public static final FieldType FILES = new FileField.Several();
    public static final FieldType IMAGE = new FileField.Picture();
    public static final FieldType ENTRIES = new EntriesField();
    public static final FieldType SECTIONS = new SectionsField();

    /** In the order the kinds file's comment and error messages list them. */
    public static final List<FieldType> ALL = List.of(STRING, TEXT, DATE, WEEK, TIME, BOOLEAN, INTEGER, URL, EMAIL, PHONE, COLOR, LIST,
            FILE, FILES, IMAGE, ENTRIES, SECTIONS);

    private FieldTypes() {
    }

    public static Optional<FieldType> parse(String id) {
        return ALL.stream().filter(type -> type.id().equals(id)).findFirst();
    }
}
