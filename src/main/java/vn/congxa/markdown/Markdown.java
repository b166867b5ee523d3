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
 * profile refuses it and the checks fail such an item, shown as text. Only a body with raw HTML to clean goes through
 * jsoup: Flexmark writes every other page as the sanitiser would leave it ({@link PageHtml}). Thread-safe.
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
    /** Writes the page itself, when the sanitiser would leave it as it is, or when raw HTML is shown as text. */
    private final HtmlRenderer page;
    /** Writes the HTML that the sanitiser cleans into the page; none when raw HTML is shown as text. */
    private final Optional<HtmlRenderer> forSanitiser;

    private Markdown(Profile.RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet(PARSING);
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == Profile.RawHtml.REJECT);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.CLASS_NAME, "bang");
        boolean sanitizing = rawHtml == Profile.RawHtml.SANITIZE;
        page = PageHtml.renderer(options, sanitizing ? PageHtml.Target.PAGE_WITHIN_SAFELIST : PageHtml.Target.ESCAPED_PAGE);
        forSanitiser = sanitizing ? Optional.of(PageHtml.renderer(options, PageHtml.Target.SANITISER)) : Optional.empty();
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
        Optional<HtmlRenderer> sanitiser = forSanitiser.filter(renderer -> !contents.withinSafelist());
        Body.Page written;
        try {
            written = sanitiser.isPresent() ? sanitised(sanitiser.get().render(document)) : direct(page.render(document));
        } catch (StackOverflowError e) {
            return Body.tooDeep(0, substance);
        }
        return new Body(Optional.of(written), contents.links(), contents.images(), contents.rawHtml(), OptionalInt.empty(), substance);
    }

    /** A page as Flexmark wrote it: {@link PageHtml.Target} says why it needs no sanitiser. */
    private static Body.Page direct(String html) {
        return new Body.Page(html, PageText.of(html));
    }

    /** Raw HTML cleaned by the sanitiser, then the tables in their box (after: the cleaning would remove its attributes). */
    private static Body.Page sanitised(String rendered) {
        org.jsoup.nodes.Document fragment = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(rendered, BASE_URI));
        fragment.select("table").wrap(PageHtml.TABLE_BOX);
        fragment.outputSettings().prettyPrint(false);
        return new Body.Page(fragment.body().html(), fragment.body().text());
    }
}
