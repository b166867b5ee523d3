package vn.congxa.profile;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.finding.Lang;

/**
 * A required-menu profile: the rules of one legal text for commune portals, in force over a period. It names its
 * sections in menu order, what to do with HTML that editors type or paste into Markdown, what every page owes
 * readers with disabilities and readers on phones, the types of file a commune may publish beside its pages, and what
 * it asks of each unit as a whole.
 *
 * @param path the file it was read from, for findings ({@code content/profiles/<id>.yml})
 */
public record Profile(String id, String name, String nameEn, String version, String path, Period inForce, RawHtml rawHtml,
                      Accessibility accessibility, UnitRules unitRules, List<Section> sections, Attachments attachments) {

    /** The folder of the profiles, one file each; a single {@value #LEGACY_PATH} is read as the only profile. */
    public static final String FOLDER = vn.congxa.content.Repository.SHARED + "/" + vn.congxa.content.Repository.PROFILES;
    public static final String LEGACY_PATH = "content/profile.yml";

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
        return new Profile(id, name, nameEn, version, path, inForce, rawHtml, accessibility, unitRules,
                Stream.concat(sections.stream(), own.stream()).toList(), attachments);
    }
}
