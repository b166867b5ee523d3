package vn.congxa.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.congxa.content.Item;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Section;

/**
 * A checked item: its source, the section it belongs to (empty for a page at the site root), its kind, and its
 * front-matter values converted to their types (LocalDate, Long, Boolean, String, List of String).
 */
public record Entry(Item item, Optional<Section> section, Optional<Kind> kind, Map<String, Object> values) {

    public Entry {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String title() {
        return String.valueOf(values.getOrDefault("title", section.map(Section::title).orElse(item.baseName())));
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(values.get("date")).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
    }

    public boolean draft() {
        return Boolean.TRUE.equals(values.get("draft"));
    }

    public boolean hasBody() {
        return !item.body().isBlank();
    }

    /** Counts toward a section's minimum: published, not a landing page, and with something to read. */
    public boolean countsAsPublished() {
        return !draft() && !item.isLanding() && hasBody();
    }
}
