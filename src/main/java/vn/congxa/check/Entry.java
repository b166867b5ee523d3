package vn.congxa.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.congxa.content.BodyText;
import vn.congxa.content.Item;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Section;

/**
 * A checked item: its source, the section it belongs to (empty for a page at the site root), its kind, its
 * front-matter values converted to their types (LocalDate, Long, Boolean, String, List of String), and what its body
 * amounts to once rendered.
 */
public record Entry(Item item, Optional<Section> section, Optional<Kind> kind, Map<String, Object> values, BodyText body) {

    public Entry {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An entry whose body is read from its item, once. */
    public Entry(Item item, Optional<Section> section, Optional<Kind> kind, Map<String, Object> values) {
        this(item, section, kind, values, BodyText.of(item.body()));
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

    /** The body says something: not blank, not markup without words, not only the placeholder of {@code new}. */
    public boolean hasBody() {
        return body.saysSomething();
    }

    /** Counts toward a section's minimum: published, not a landing page, and with something to read. */
    public boolean countsAsPublished() {
        return !draft() && !item.isLanding() && hasBody();
    }
}
