package vn.congxa.check;

import java.time.LocalDate;
import java.util.Optional;
import vn.congxa.content.Item;
import vn.congxa.field.Values;
import vn.congxa.markdown.Body;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Section;

/**
 * A checked item: its source, the section it belongs to (empty for a page at the site root), its kind, its
 * front-matter values read by their fields' types, and its body as read once for the whole build: its page's HTML,
 * its text, and what it amounts to.
 */
public record Entry(Item item, Optional<Section> section, Optional<Kind> kind, Values values, Body body) {

    public String title() {
        return values.plain("title").orElseGet(() -> section.map(Section::title).orElse(item.baseName()));
    }

    public Optional<LocalDate> date() {
        return values.day("date");
    }

    /**
     * The item's tags (the common field {@code tags}), without blank ones, each once: spellings of one slug ("Đất đai",
     * "dat dai") are one tag, as first written.
     */
    public java.util.List<String> tags() {
        java.util.Map<String, String> bySlug = new java.util.LinkedHashMap<>();
        values.texts("tags").stream().map(String::strip).filter(tag -> !tag.isEmpty())
                .forEach(tag -> bySlug.putIfAbsent(vn.congxa.content.Slugs.slugify(tag), tag));
        return java.util.List.copyOf(bySlug.values());
    }

    public boolean draft() {
        return values.flag("draft");
    }

    /** The body says something: not blank, not markup without words, not only the placeholder of {@code new}. */
    public boolean hasBody() {
        return body.substance().saysSomething();
    }

    /** Counts toward a section's minimum: published, not a landing page, and with something to read. */
    public boolean countsAsPublished() {
        return !draft() && !item.isLanding() && hasBody();
    }
}
