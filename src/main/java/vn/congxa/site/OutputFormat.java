package vn.congxa.site;

/**
 * A kind of file a build makes besides the HTML pages, as data: its name, its media type, where it is written and how it
 * is produced. Feeds, sitemap.xml, the search index, the colours' style sheet and the report's exports are each one;
 * the planner places them ({@link SitePlanner}) and the baker produces them, neither knowing any one of them by name.
 * The list of them is {@link OutputFormats#ALL}.
 *
 * @param name      as shown to readers, e.g. in the title of a page's {@code <link rel="alternate">}
 * @param mediaType what a server and a feed reader are told the file is
 * @param path      the file's path from the site's root (for a report's file, from the report's folder); for
 *                  {@link Scope#SITE_AND_SECTIONS}, also its name in each section's folder
 * @param feed      whether it carries the newest items and every page announces it in its head
 */
public record OutputFormat(String name, String mediaType, Scope scope, String path, Producer producer, boolean feed) {

    /** Where a format's files are made. */
    public enum Scope {
        /** Once per site. */
        SITE,
        /** Once per site, and once in the folder of each section that has items. */
        SITE_AND_SECTIONS,
        /** Once, in the district's yearly report, when there is one. */
        REPORT
    }

    /** How a format's file is made. */
    public sealed interface Producer permits Template, Writer {
    }

    /** A Freemarker template of the theme, given the same model as a page's ({@code site}, {@code page}). */
    public record Template(String file) implements Producer {
    }

    /** A writer in Java, for what a template would write badly (JSON) or cannot see (the bodies, the evaluation). */
    public enum Writer implements Producer {
        /** JSON Feed 1.1 of the same items as the RSS. */
        JSON_FEED,
        /** The search page's index, with the text of every body. */
        SEARCH_INDEX,
        /** The evaluation's exports: CSV, JSON and the JSON's schema. */
        EVALUATION_CSV, EVALUATION_JSON, EVALUATION_SCHEMA
    }
}
