package vn.congxa.field;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values read from one mapping (an item's front matter, a configuration file, a schedule's row), by field key,
 * each with the field it was read as, so that anything downstream can show it as its type does.
 *
 * @param map   the values, in the order of the fields
 * @param specs the field of each value
 */
public record Values(Map<String, Value> map, Map<String, FieldSpec> specs) {

    public static final Values NONE = new Values(Map.of(), Map.of());

    public Values {
        map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
        specs = Map.copyOf(specs);
    }

    /** The value as a reader sees it (dates as dd/MM/yyyy, a week as its days). */
    public Optional<String> shown(String key) {
        return get(key).map(value -> specs.get(key).type().text(specs.get(key), value));
    }

    public Optional<Value> get(String key) {
        return Optional.ofNullable(map.get(key));
    }

    public boolean has(String key) {
        return map.containsKey(key);
    }

    /** The value as data (see {@link Value#plain()}), whatever its type. */
    public Optional<String> plain(String key) {
        return get(key).map(Value::plain);
    }

    public Optional<LocalDate> day(String key) {
        return get(key).filter(Value.Day.class::isInstance).map(value -> ((Value.Day) value).day());
    }

    public Optional<Long> whole(String key) {
        return get(key).filter(Value.Whole.class::isInstance).map(value -> ((Value.Whole) value).number());
    }

    public boolean flag(String key) {
        return get(key).filter(Value.Flag.class::isInstance).map(value -> ((Value.Flag) value).on()).orElse(false);
    }

    public List<String> texts(String key) {
        return get(key).filter(Value.Texts.class::isInstance).map(value -> ((Value.Texts) value).texts()).orElse(List.of());
    }

    /** The single file a field names (a logo, an image). */
    public Optional<String> path(String key) {
        return get(key).filter(Value.Paths.class::isInstance).flatMap(value -> ((Value.Paths) value).paths().stream().findFirst());
    }
}
