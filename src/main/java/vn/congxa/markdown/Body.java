package vn.congxa.markdown;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.congxa.content.BodyText;

/**
 * An item's Markdown body, read once for the whole build: what its page shows, what the search index holds, and what
 * the checks look at. Only strings and small lists are kept, not Flexmark's tree. Lines are those of the body, from 0.
 *
 * @param page         the page's HTML and text; empty for a body read for its facts alone (see {@link Markdown#facts})
 * @param links        the links of the page, in the order of the body
 * @param images       the images of the page, in the order of the body
 * @param rawHtml      the raw HTML typed or pasted into the body, once per line
 * @param tooDeepLine  the line nested deeper than {@link vn.congxa.content.Nesting#MAX_DEPTH}: such a body is refused,
 *                     and holds no links, images, raw HTML or page
 * @param substance    whether the body says something
 */
public record Body(Optional<Page> page, List<Link> links, List<Image> images, List<RawHtml> rawHtml,
                   OptionalInt tooDeepLine, BodyText substance) {

    public Body {
        links = List.copyOf(links);
        images = List.copyOf(images);
        rawHtml = List.copyOf(rawHtml);
    }

    /**
     * What a body shows on its page.
     *
     * @param html the HTML of the page, sanitised as the profile says; empty when the body is too deep to render
     * @param text the plain text of that HTML, for the search index
     */
    public record Page(String html, String text) {
        static final Page NONE = new Page("", "");
    }

    /** A body refused unread or unrendered: the line at fault, nothing else. */
    static Body tooDeep(int line, BodyText substance) {
        return new Body(Optional.of(Page.NONE), List.of(), List.of(), List.of(), OptionalInt.of(line), substance);
    }

    /** The HTML of the page; only a body read for its page has one. */
    public String html() {
        return rendered().html();
    }

    /** The text of the page, for the search index. */
    public String text() {
        return rendered().text();
    }

    private Page rendered() {
        return page.orElseThrow(() -> new IllegalStateException("a body read for its facts alone is never published"));
    }

    /**
     * A link of the body: Markdown's ({@code [text](url)}, {@code <https://…>}, a bare {@code www.…} as the page links
     * it, a reference definition) or one written in raw HTML ({@code <a href>}), which the sanitiser may unlink.
     */
    public record Link(String url, int line, boolean pasted) {
    }

    /**
     * An image of the body.
     *
     * @param described whether a screen reader gets a description: Markdown's {@code ![text](…)} with text, or an
     *                  {@code alt} attribute in raw HTML ({@code alt=""} marks an image that only decorates)
     */
    public record Image(String src, boolean described, int line, boolean pasted) {
    }

    /** Raw HTML on one line of the body: the first line of its first tag or block there. */
    public record RawHtml(int line, String firstLine) {
    }
}
