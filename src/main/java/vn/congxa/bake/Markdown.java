package vn.congxa.bake;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congxa.content.Slugs;

/**
 * Markdown to HTML with Flexmark: tables, autolinks, and headings with ASCII anchors ("Thành phần hồ sơ" →
 * {@code id="thanh-phan-ho-so"}). Raw HTML typed into Markdown is shown as text, never run: editors paste from
 * Word and the web, and a government page must not carry their scripts. Thread-safe.
 */
final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.CLASS_NAME, "bang");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new AsciiHeadingIds();
            }

            @Override
            public HtmlIdGenerator create() {
                return new AsciiHeadingIds();
            }
        }).build();
    }

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
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
