package vn.congxa.profile;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.finding.Lang;

/**
 * The required-menu profile: a named, versioned list of sections in menu order, what to do with HTML that editors
 * type or paste into Markdown, what every page owes readers with disabilities and readers on phones, and the types of
 * file a commune may publish beside its pages.
 */
public record Profile(String id, String name, String nameEn, String version, RawHtml rawHtml, Accessibility accessibility,
                      List<Section> sections, Attachments attachments) {

    public static final String PATH = "content/profile.yml";

    /** Raw HTML in Markdown: cleaned by a sanitizer (scripts, frames, styles, event handlers removed) or refused. */
    public enum RawHtml { SANITIZE, REJECT }

    public Profile {
        sections = List.copyOf(sections);
    }

    public String name(Lang lang) {
        return lang.pick(name, nameEn);
    }

    /** Every section, parents before children, in menu order. */
    public Stream<Section> all() {
        return sections.stream().flatMap(Section::selfAndDescendants);
    }

    public Optional<Section> find(String path) {
        return all().filter(s -> s.path().equals(path)).findFirst();
    }

    /** The same profile with a commune's own sections appended after the profile's. */
    public Profile withOwnSections(List<Section> own) {
        return new Profile(id, name, nameEn, version, rawHtml, accessibility, Stream.concat(sections.stream(), own.stream()).toList(),
                attachments);
    }
}
