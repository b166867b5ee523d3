package vn.congxa.site;

import java.util.List;
import java.util.Optional;
import vn.congxa.check.Entry;
import vn.congxa.profile.Section;

/**
 * One HTML page of a commune's site, with everything its template needs and nothing it has to look up.
 *
 * @param output      the page's file inside the site, e.g. {@code van-ban/qd-12.html}
 * @param entry       the item shown (entry pages, root pages, and a section's landing text)
 * @param section     the section the page belongs to
 * @param listing     the items listed (a section's items, the newest items on the home page)
 * @param subsections the visible child sections of a section page
 * @param paging      a section page's place among the section's pages and year archives
 */
public record Page(String output, Type type, String title, Optional<Entry> entry, Optional<Section> section,
                   List<Link> breadcrumbs, Optional<Link> previous, Optional<Link> next, List<Entry> listing,
                   List<MenuItem> subsections, Optional<Paging> paging) {

    /**
     * The kinds of page, each with its template. Files of other formats (feeds, sitemap.xml…) are not pages but
     * {@link Output}s of an {@link OutputFormat}.
     */
    public enum Type {
        HOME("home.ftl"), SECTION("section.ftl"), ENTRY("entry.ftl"), PAGE("page.ftl"), SITE_MAP("so-do-cong.ftl"),
        SEARCH("tim-kiem.ftl"), TAG("the.ftl"),
        /** What the web server answers for an address the site does not have: no address of its own, not in sitemap.xml. */
        NOT_FOUND("404.ftl");

        private final String template;

        Type(String template) {
            this.template = template;
        }

        public String template() {
            return template;
        }

        /** Whether pages of this type are pages of their own address, listed in sitemap.xml and given a canonical URL. */
        public boolean addressed() {
            return this != NOT_FOUND;
        }
    }

    public Page {
        breadcrumbs = List.copyOf(breadcrumbs);
        listing = List.copyOf(listing);
        subsections = List.copyOf(subsections);
    }

    /** A page of the whole site, outside any section and not showing an item: the site map, the search page. */
    static Page ofSite(String output, Type type, String title, List<Entry> listing, List<MenuItem> subsections) {
        return new Page(output, type, title, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                listing, subsections, Optional.empty());
    }

    /** The relative path from this page back to the site root ("", "../", "../../"): sites work from file:// too. */
    public String root() {
        return "../".repeat((int) output.chars().filter(c -> c == '/').count());
    }
}
