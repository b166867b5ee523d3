package vn.congxa.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.congxa.content.BodyText;
import vn.congxa.content.Links;
import vn.congxa.content.Nesting;
import vn.congxa.profile.Profile;

/**
 * Reads Markdown bodies with Flexmark, each once: tables, autolinks, headings with ASCII anchors ("Thành phần hồ sơ"
 * → {@code id="thanh-phan-ho-so"}), and links to other Markdown files turned into links to their pages. The one
 * place that parses Markdown: the checks and the bake read the {@link Body} it gives.
 *
 * <p>Raw HTML typed or pasted into Markdown is, as the profile says, either cleaned by jsoup's {@link Safelist}
 * (scripts, frames, styles, event handlers, javascript: and data: URLs removed; formatting kept) or, when the
 * profile refuses it and the checks fail such an item, shown as text. Thread-safe.
 */
public final class Markdown {

    /** Deeper nesting (lists in lists, quotes in quotes…) is refused: no real article has it, and renderers recurse on it. */
    public static final int MAX_DEPTH = Nesting.MAX_DEPTH;

    /**
     * Formatting that Word or a web page brings in, and the anchors and table classes Flexmark writes. Links keep
     * exactly the schemes of {@link Links#PUBLISHED_SCHEMES} (relaxed() allows ftp:, which browsers no longer open,
     * and not tel:); the checks report a link with any other scheme, so that none loses its address unnoticed.
     */
    static final Safelist SAFE = Safelist.relaxed()
            .addAttributes(":all", "id")
            .addAttributes("table", "class")
            .addProtocols("a", "href", Links.PUBLISHED_SCHEMES.toArray(String[]::new))
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);
    /** Relative links are resolved against it to be judged by {@link #SAFE}; they are kept as written. */
    static final String BASE_URI = "https://congxa.invalid/";

    private static final DataHolder PARSING = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()))
            .toImmutable();
    private static final Parser PARSER = Parser.builder(PARSING).build();

    private static final Markdown SANITIZING = new Markdown(Profile.RawHtml.SANITIZE);
    private static final Markdown ESCAPING = new Markdown(Profile.RawHtml.REJECT);

    private final Profile.RawHtml rawHtml;
    private final HtmlRenderer renderer;

    private Markdown(Profile.RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet(PARSING);
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == Profile.RawHtml.REJECT);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.CLASS_NAME, "bang");
        renderer = PageHtml.renderer(options, rawHtml == Profile.RawHtml.SANITIZE);
    }

    /** The reader for a profile's policy on raw HTML. */
    public static Markdown under(Profile.RawHtml rawHtml) {
        return rawHtml == Profile.RawHtml.SANITIZE ? SANITIZING : ESCAPING;
    }

    /** Reads a body for its page and its checks: parsed once, rendered once, and looked through once. */
    public Body read(String markdown) {
        return read(markdown, true);
    }

    /**
     * Reads a body for its checks alone, without its page: for a unit whose site is kept as the previous build wrote
     * it from the same files (which was rendered then, so its render cannot fail now).
     */
    public Body facts(String markdown) {
        return read(markdown, false);
    }

    private Body read(String markdown, boolean render) {
        OptionalInt deepLine = Nesting.lineTooDeep(markdown);
        if (deepLine.isPresent()) {
            return Body.tooDeep(deepLine.getAsInt(), BodyText.refused()); // Flexmark's parser recurses on such a line
        }
        Document document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // Flexmark's inline patterns recurse on some long lines.
            return Body.tooDeep(0, BodyText.refused());
        }
        Lines lines = Lines.of(markdown);
        Contents contents = Contents.of(document, lines, rawHtml == Profile.RawHtml.SANITIZE);
        BodyText substance = BodyText.of(markdown, contents.readable());
        OptionalInt tooDeep = Contents.lineDeeperThan(document, MAX_DEPTH, lines);
        if (tooDeep.isPresent()) {
            return Body.tooDeep(tooDeep.getAsInt(), substance);
        }
        if (!render) {
            return new Body(Optional.empty(), contents.links(), contents.images(), contents.rawHtml(), OptionalInt.empty(), substance);
        }
        String rendered;
        try {
            rendered = renderer.render(document);
        } catch (StackOverflowError e) {
            return Body.tooDeep(0, substance);
        }
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(rendered, BASE_URI);
        if (rawHtml == Profile.RawHtml.SANITIZE) {
            if (contents.withinSafelist()) {
                // The page is what the sanitiser would leave of it: Markdown's attributes are already within the
                // safelist, and <hr>, which it lacks, goes as the sanitiser removes it, the line break after it kept.
                fragment.select("hr").remove();
            } else {
                fragment = new Cleaner(SAFE).clean(fragment);
            }
        }
        // A wide table scrolls sideways in its own box on a phone, which a keyboard can focus to scroll. After the
        // cleaning, which would remove the box's attributes.
        fragment.select("table").wrap("<div class=\"bang-cuon\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng (kéo ngang để xem hết)\"></div>");
        fragment.outputSettings().prettyPrint(false);
        return new Body(Optional.of(new Body.Page(fragment.body().html(), fragment.body().text())), contents.links(), contents.images(), contents.rawHtml(),
                OptionalInt.empty(), substance);
    }
}
