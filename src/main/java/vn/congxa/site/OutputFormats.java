package vn.congxa.site;

import java.util.List;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.report.Exports;
import vn.congxa.site.OutputFormat.Scope;
import vn.congxa.site.OutputFormat.Template;
import vn.congxa.site.OutputFormat.Writer;

/** The output formats of a build: adding one here adds its files to every site, and its link to every page if it is a feed. */
public final class OutputFormats {

    public static final OutputFormat RSS = new OutputFormat("RSS", "application/rss+xml", Scope.SITE_AND_SECTIONS,
            GeneratedPaths.FEED, new Template("feed.ftl"), true);
    public static final OutputFormat ATOM = new OutputFormat("Atom", "application/atom+xml", Scope.SITE_AND_SECTIONS,
            GeneratedPaths.ATOM, new Template("atom.ftl"), true);
    public static final OutputFormat JSON_FEED = new OutputFormat("JSON Feed", "application/feed+json", Scope.SITE_AND_SECTIONS,
            GeneratedPaths.JSON_FEED, Writer.JSON_FEED, true);
    public static final OutputFormat SITEMAP = new OutputFormat("Sitemap", "application/xml", Scope.SITE,
            GeneratedPaths.SITEMAP_XML, new Template("sitemap.ftl"), false);
    /** For crawlers: the whole site may be read, and its sitemap.xml is at its absolute address. */
    public static final OutputFormat ROBOTS = new OutputFormat("robots.txt", "text/plain", Scope.SITE,
            GeneratedPaths.ROBOTS, new Template("robots.ftl"), false);
    public static final OutputFormat SEARCH_INDEX = new OutputFormat("Search index", "text/javascript", Scope.SITE,
            GeneratedPaths.SEARCH_INDEX, Writer.SEARCH_INDEX, false);
    /** The commune's colours (commune.yml), a style sheet of their own: the Content-Security-Policy forbids inline styles. */
    public static final OutputFormat COLOURS = new OutputFormat("Colours", "text/css", Scope.SITE,
            GeneratedPaths.COLOURS, new Template("mau-sac.ftl"), false);
    public static final OutputFormat EVALUATION_CSV = new OutputFormat("Evaluation CSV", "text/csv", Scope.REPORT,
            Exports.CSV, Writer.EVALUATION_CSV, false);
    public static final OutputFormat EVALUATION_JSON = new OutputFormat("Evaluation JSON", "application/json", Scope.REPORT,
            Exports.JSON, Writer.EVALUATION_JSON, false);
    public static final OutputFormat EVALUATION_SCHEMA = new OutputFormat("Evaluation JSON Schema", "application/schema+json", Scope.REPORT,
            Exports.SCHEMA, Writer.EVALUATION_SCHEMA, false);

    /** In the order pages announce the feeds. */
    public static final List<OutputFormat> ALL = List.of(RSS, ATOM, JSON_FEED, SITEMAP, ROBOTS, SEARCH_INDEX, COLOURS,
            EVALUATION_CSV, EVALUATION_JSON, EVALUATION_SCHEMA);

    private OutputFormats() {
    }
}
