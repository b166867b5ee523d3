package vn.congxa.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import vn.congxa.content.Links;
import vn.congxa.content.Slugs;

/**
 * Flexmark's HTML renderer for the pages: ASCII heading ids, links to Markdown files turned into links to their
 * pages, and, when raw HTML is sanitised, the attributes of Markdown's own HTML kept within the sanitiser's
 * safelist, so that a body without raw HTML needs no sanitiser (see {@link Markdown#read}).
 */
final class PageHtml {

    private PageHtml() {
    }

    /** @param withinSafelist write only the attributes that {@link Markdown#SAFE} keeps of Markdown's HTML */
    static HtmlRenderer renderer(DataHolder options, boolean withinSafelist) {
        return HtmlRenderer.builder(options)
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
                        return withinSafelist ? PageHtml::safePageLinks : PageHtml::pageLinks;
                    }
                })
                .build();
    }

    /** {@code ../van-ban/qd-12.md} → {@code ../van-ban/qd-12.html}; {@code ../van-ban/} → {@code ../van-ban/index.html}. */
    private static void pageLinks(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Link && part == AttributablePart.LINK) {
            String href = attributes.getValue("href");
            String page = Links.toPage(href);
            if (!page.equals(href)) {
                attributes.replaceValue("href", page);
            }
        }
    }

    /** Page links, then without the attributes of Markdown's HTML that the safelist refuses, judged by the safelist itself. */
    private static void safePageLinks(Node node, AttributablePart part, MutableAttributes attributes) {
        pageLinks(node, part, attributes);
        if (part == AttributablePart.LINK && (node instanceof Image || node instanceof ImageRef)) {
            keepIfSafe("img", "src", attributes);
        } else if (part == AttributablePart.LINK && (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink
                || node instanceof MailLink)) {
            keepIfSafe("a", "href", attributes);
        } else if (node instanceof FencedCodeBlock && part == CoreNodeRenderer.CODE_CONTENT) {
            keepIfSafe("code", "class", attributes);
        } else if (node instanceof TableCell cell) {
            keepIfSafe(cell.isHeader() ? "th" : "td", "align", attributes);
        }
    }

    private static void keepIfSafe(String tag, String attribute, MutableAttributes attributes) {
        if (!attributes.contains(attribute)) {
            return;
        }
        Element element = new Element(Tag.valueOf(tag), Markdown.BASE_URI).attr(attribute, attributes.getValue(attribute));
        if (!Markdown.SAFE.isSafeAttribute(tag, element, element.attribute(attribute))) {
            attributes.remove(attribute);
        }
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
