package vn.congxa.site;

import java.util.List;
import java.util.Optional;
import vn.congxa.check.Entry;
import vn.congxa.profile.Section;

/**
 * One file of an output format in a site: the site's feed, a section's feed, sitemap.xml…
 *
 * @param path    inside the site, e.g. {@code tin-tuc/atom.xml}
 * @param title   the section's title, or the commune's name for the site's own
 * @param section the section whose feed it is; empty for the site's
 * @param listing the newest items, for a feed
 */
public record Output(String path, OutputFormat format, String title, Optional<Section> section, List<Entry> listing) {

    public Output {
        listing = List.copyOf(listing);
    }

    /** The relative path from this file back to the site root, as {@link Page#root()}. */
    public String root() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
