package vn.congxa.bake;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.congxa.content.Links;
import vn.congxa.content.Slugs;
import vn.congxa.profile.Profile;

/**
 * Markdown to HTML with Flexmark: tables, autolinks, headings with ASCII anchors ("Thành phần hồ sơ" →
 * {@code id="thanh-phan-ho-so"}), and links to other Markdown files turned into links to their pages.
 *
 * <p>Raw HTML typed or pasted into Markdown is, as the profile says, either cleaned by jsoup's {@link Safelist}
 * (scripts, frames, styles, event handlers, javascript: and data: URLs removed; formatting kept) or, when the
 * profile refuses it and the checks have already failed such an item, shown as text. Thread-safe.
 */
final class Markdown {

    /**
     * Formatting that Word or a web page brings in, and the anchors and table classes Flexmark writes. Links keep
     * exactly the schemes of {@link Links#PUBLISHED_SCHEMES} (relaxed() allows ftp:, which browsers no longer open,
     * and not tel:); the checks report a link with any other scheme, so that none loses its address unnoticed.
     */
    private static final Safelist SAFE = Safelist.relaxed()
            .addAttributes(":all", "id")
            .addAttributes("table", "class")
            .addProtocols("a", "href", Links.PUBLISHED_SCHEMES.toArray(String[]::new))
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Profile.RawHtml rawHtml;

    Markdown(Profile.RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == Profile.RawHtml.REJECT);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.CLASS_NAME, "bang");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
                    @Override
                    public HtmlIdGenerator create(LinkResolverContext context) {
                        return new AsciiHeadingIds();
                    }

                    @Override
                    public HtmlIdGenerator create() {
                        return new AsciiHeadingIds();
                    }
                })
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return Markdown::pageLinks;
                    }
                })
                .build();
    }

    /** An item's body as HTML for its page, and as plain text for the site's search index. */
    record Rendered(String html, String text) {
    }

    Rendered render(String markdown) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown)), "https://congxa.invalid/");
        if (rawHtml == Profile.RawHtml.SANITIZE) {
            fragment = new Cleaner(SAFE).clean(fragment);
        }
        // A wide table scrolls sideways in its own box on a phone, which a keyboard can focus to scroll.
        fragment.select("table").wrap("<div class=\"bang-cuon\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng (kéo ngang để xem hết)\"></div>");
        fragment.outputSettings().prettyPrint(false);
        return new Rendered(fragment.body().html(), fragment.body().text());
    }

    /** {@code ../van-ban/qd-12.md} → {@code ../van-ban/qd-12.html}; {@code ../van-ban/} → {@code ../van-ban/index.html}. */
    private static void pageLinks(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Link) || part != AttributablePart.LINK) {
            return;
        }
        String href = attributes.getValue("href");
        if (!Links.isLocal(href)) {
            return;
        }
        int cut = indexOfAny(href, '#', '?');
        String path = href.substring(0, cut);
        String rest = href.substring(cut);
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - ".md".length()) + ".html";
        } else if (path.endsWith("/")) {
            path = path + "index.html";
        }
        attributes.replaceValue("href", path + rest);
    }

    private static int indexOfAny(String text, char first, char second) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == first || text.charAt(i) == second) {
                return i;
            }
        }
        return text.length();
    }

    /** Heading ids made with the same slug rules as file names, unique within a page. */
    private static final class AsciiHeadingIds implements HtmlIdGenerator {
        private final Map<Node, String> ids = new IdentityHashMap<>();

        @Override
        public void generateIds(Document document) {
            Set<String> used = new HashSet<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading) {
                    String base = Slugs.slugify(heading.getText().toString());
                    String id = base;
                    for (int n = 2; !used.add(id); n++) {
                        id = base + "-" + n;
                    }
                    heading.setAnchorRefId(id);
                    ids.put(heading, id);
                }
            }
        }

        @Override
        public String getId(Node node) {
            return ids.get(node);
        }

        @Override
        public String getId(CharSequence text) {
            return Slugs.slugify(text.toString());
        }
    }
}
