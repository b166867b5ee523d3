package vn.congxa.content;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congxa.finding.Message;

/**
 * The paths of the pages and files a site makes around its items, and those the district's own pages take at the top
 * of the output: the one place that names them, for the site planner that writes them and for the checks that keep
 * every item and file of a commune off them (it would replace a generated page, or be replaced by one).
 */
public final class GeneratedPaths {

    public static final String HOME = "index.html";
    public static final String SITE_MAP = "so-do-cong.html";
    /** The feeds of the site, and of each section in its folder: RSS, Atom and JSON Feed. */
    public static final String FEED = "feed.xml";
    public static final String ATOM = "atom.xml";
    public static final String JSON_FEED = "feed.json";
    public static final String SITEMAP_XML = "sitemap.xml";
    /** For search engines' crawlers: naming sitemap.xml at its absolute address. */
    public static final String ROBOTS = "robots.txt";
    /** The page a web server shows for an address the site does not have. */
    public static final String NOT_FOUND = "404.html";
    /** The browser's icon of the site, made from the unit's logo. */
    public static final String FAVICON = "favicon.ico";
    /** A page per tag ({@code tags} of the items): {@code the/<slug>.html}. */
    public static final String TAG_FOLDER = "the";
    /** The search page, its index and anything the search may add later. */
    public static final String SEARCH_FOLDER = "tim-kiem";
    /** The search page's index, next to the search page {@code tim-kiem/index.html}. */
    public static final String SEARCH_INDEX = SEARCH_FOLDER + "/chi-muc.js";
    /** The theme (style sheets, scripts) and the commune's colours. */
    public static final String THEME_FOLDER = "assets";
    public static final String COLOURS = THEME_FOLDER + "/mau-sac.css";
    /** The web editor of the unit's site (Decap CMS). */
    public static final String EDITOR_FOLDER = "admin";
    /** The district's yearly report, next to the communes' sites. */
    public static final String REPORT_FOLDER = "bao-cao";

    private static final String LISTING_PREFIX = "trang-";
    private static final String ARCHIVE_PREFIX = "nam-";
    private static final Pattern LISTING = Pattern.compile(LISTING_PREFIX + "([2-9]|[1-9]\\d+)\\.html");
    private static final Pattern ARCHIVE = Pattern.compile(ARCHIVE_PREFIX + "(-?[1-9]\\d*)\\.html");
    /** Each feed's file, with the name of its format as the messages give it. */
    private static final Map<String, String> FEEDS = Map.of(FEED, "RSS", ATOM, "Atom", JSON_FEED, "JSON Feed");

    private GeneratedPaths() {
    }

    /** Page 1 of a section's listing is its index.html; page n is trang-n.html. */
    public static String listingPage(String sectionPath, int number) {
        return sectionPath + "/" + (number == 1 ? HOME : LISTING_PREFIX + number + ".html");
    }

    /** The page of the items of a tag: its name as an ASCII slug, so that tags told apart only by case or tones share it. */
    public static String tagPage(String tag) {
        return TAG_FOLDER + "/" + Slugs.slugify(tag) + ".html";
    }

    /** The page of a section's items of one year. */
    public static String yearPage(String sectionPath, int year) {
        return sectionPath + "/" + ARCHIVE_PREFIX + year + ".html";
    }

    /**
     * What a file of a commune's site at {@code sitePath} would take the place of, as a message naming it: any folder
     * may be a section, so its listing pages, archives and feeds are reserved in every folder.
     */
    public static Optional<Message> generatedAt(String sitePath) {
        int slash = sitePath.indexOf('/');
        String first = slash < 0 ? sitePath : sitePath.substring(0, slash);
        if (slash > 0 && first.equals(SEARCH_FOLDER)) {
            return Optional.of(Message.of("generated.search", SEARCH_FOLDER));
        }
        if (slash > 0 && first.equals(TAG_FOLDER)) {
            return Optional.of(Message.of("generated.tags", TAG_FOLDER));
        }
        if (slash > 0 && first.equals(EDITOR_FOLDER)) {
            return Optional.of(Message.of("generated.editor", EDITOR_FOLDER));
        }
        if (slash > 0 && first.equals(THEME_FOLDER)) {
            return Optional.of(Message.of("generated.theme", THEME_FOLDER));
        }
        if (slash < 0) {
            if (FEEDS.containsKey(sitePath)) {
                return Optional.of(Message.of("generated.feed", FEEDS.get(sitePath)));
            }
            return switch (sitePath) {
                case HOME -> Optional.of(Message.of("generated.home"));
                case SITE_MAP -> Optional.of(Message.of("generated.site-map"));
                case SITEMAP_XML -> Optional.of(Message.of("generated.sitemap"));
                case ROBOTS -> Optional.of(Message.of("generated.robots"));
                case NOT_FOUND -> Optional.of(Message.of("generated.not-found"));
                case FAVICON -> Optional.of(Message.of("generated.favicon"));
                default -> Optional.empty();
            };
        }
        int last = sitePath.lastIndexOf('/');
        String folder = sitePath.substring(0, last);
        String name = sitePath.substring(last + 1);
        Matcher listing = LISTING.matcher(name);
        Matcher archive = ARCHIVE.matcher(name);
        if (name.equals(HOME)) {
            return Optional.of(Message.of("generated.listing", folder, 1));
        } else if (listing.matches()) {
            return Optional.of(Message.of("generated.listing", folder, listing.group(1)));
        } else if (archive.matches()) {
            return Optional.of(Message.of("generated.archive", folder, archive.group(1)));
        } else if (FEEDS.containsKey(name)) {
            return Optional.of(Message.of("generated.section-feed", FEEDS.get(name), folder));
        }
        return Optional.empty();
    }

    /** What a commune folder of this name would take the place of at the top of the output, next to the communes' sites. */
    public static Optional<Message> generatedBesideUnits(String slug) {
        if (slug.equals(THEME_FOLDER)) {
            return Optional.of(Message.of("generated.district-theme", THEME_FOLDER));
        }
        if (slug.equals(SEARCH_FOLDER)) {
            return Optional.of(Message.of("generated.hub-search", SEARCH_FOLDER));
        }
        return slug.equals(REPORT_FOLDER) ? Optional.of(Message.of("generated.report", REPORT_FOLDER)) : Optional.empty();
    }

    /** Whether a folder of a commune (at the top of its tree) would hold what the site makes itself. */
    public static boolean isReservedFolder(String folder) {
        return folder.equals(SEARCH_FOLDER) || folder.equals(THEME_FOLDER) || folder.equals(TAG_FOLDER)
                || folder.equals(EDITOR_FOLDER);
    }
}
