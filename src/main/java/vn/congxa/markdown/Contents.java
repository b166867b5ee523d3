package vn.congxa.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.congxa.content.Links;

/**
 * What a parsed body holds, gathered in one walk of its tree in the order of the body: its links, images and raw
 * HTML, the text a reader gets of it, and whether its page can be written within the sanitiser's safelist without
 * the sanitiser. The walk never recurses: a body may nest deeply.
 */
record Contents(List<Body.Link> links, List<Body.Image> images, List<Body.RawHtml> rawHtml, String readable,
                boolean withinSafelist) {

    /**
     * The nodes whose HTML {@link PageHtml} keeps within {@link Markdown#SAFE} by itself. A body with any other node
     * (raw HTML above all, or a node of an extension added later) is cleaned by the sanitiser.
     */
    private static final Set<Class<? extends Node>> RENDERED_SAFE = Set.of(
            Document.class, Paragraph.class, Heading.class, Text.class, TextBase.class, SoftLineBreak.class, HardLineBreak.class,
            Emphasis.class, StrongEmphasis.class, Code.class, BlockQuote.class, BulletList.class, OrderedList.class,
            BulletListItem.class, OrderedListItem.class, FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class,
            Link.class, LinkRef.class, Image.class, ImageRef.class, AutoLink.class, MailLink.class, Reference.class, HtmlEntity.class,
            TableBlock.class, TableHead.class, TableBody.class, TableSeparator.class, TableRow.class, TableCell.class,
            TableCaption.class);

    /**
     * @param pastedLinks whether the links and images of raw HTML are on the page (the sanitiser keeps them); when the
     *                    profile refuses raw HTML, the page shows it as text
     */
    static Contents of(Document document, Lines lines, boolean pastedLinks) {
        List<Body.Link> links = new ArrayList<>();
        List<Body.Image> images = new ArrayList<>();
        List<Body.RawHtml> rawHtml = new ArrayList<>();
        Set<Integer> htmlLines = new HashSet<>(); // <b>…</b> is two HTML nodes on one line: one entry
        StringBuilder readable = new StringBuilder();
        boolean withinSafelist = true;
        record Visit(Node node, boolean read) {
        }
        Deque<Visit> visits = new ArrayDeque<>(List.of(new Visit(document, true)));
        while (!visits.isEmpty()) {
            Visit visit = visits.pop();
            Node node = visit.node();
            withinSafelist &= RENDERED_SAFE.contains(node.getClass());
            // A heading titles text that is not there; comments are not shown.
            boolean read = visit.read() && !(node instanceof Heading || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment);
            if (read) {
                read(node, readable);
            }
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                int line = lines.of(node);
                String html = node.getChars().toString();
                if (htmlLines.add(line)) {
                    rawHtml.add(new Body.RawHtml(line, html.strip().lines().findFirst().orElse("")));
                }
                if (pastedLinks) {
                    pasted(html, line, links, images);
                }
            } else if (node instanceof Image image) {
                images.add(new Body.Image(image.getUrl().toString(), !image.getText().isBlank(), lines.of(node), false));
            } else if (node instanceof Link link) {
                links.add(new Body.Link(link.getUrl().toString(), lines.of(node), false));
            } else if (node instanceof AutoLink autoLink) {
                // A bare www.… becomes a link to http://www.… on the page.
                String url = autoLink.getUrl().toString();
                links.add(new Body.Link(Links.scheme(url).isPresent() ? url : "http://" + url, lines.of(node), false));
            } else if (node instanceof Reference reference) {
                links.add(new Body.Link(reference.getUrl().toString(), lines.of(node), false));
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                visits.push(new Visit(child, read));
            }
        }
        return new Contents(links, images, rawHtml, readable.toString(), withinSafelist);
    }

    /**
     * The text a reader gets of a node: the text of paragraphs, lists, tables, links, code and image descriptions,
     * entities decoded, the text of raw HTML as a browser shows it (no comments, no scripts) and its images'
     * descriptions.
     */
    private static void read(Node node, StringBuilder text) {
        if (node instanceof Text || node instanceof IndentedCodeBlock) {
            text.append(node.getChars()).append(' ');
        } else if (node instanceof HtmlEntity) {
            text.append(org.jsoup.parser.Parser.unescapeEntities(node.getChars().toString(), false)).append(' ');
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase && mayDescribeAnImage(node)) {
            Element html = Jsoup.parseBodyFragment(node.getChars().toString()).body();
            text.append(html.text()).append(' ').append(String.join(" ", html.select("img[alt]").eachAttr("alt"))).append(' ');
        } else if (node instanceof DelimitedLinkNode link) { // <https://…>, <ubnd@…>: their address is their text
            text.append(link.getText()).append(' ');
        }
    }

    /** An inline tag ({@code <b>}, {@code </a>}) holds no text of its own; an image's may hold its description. */
    private static boolean mayDescribeAnImage(Node tag) {
        return tag.getChars().toString().toLowerCase(Locale.ROOT).contains("alt");
    }

    /** The links and images of HTML pasted into the body, which the sanitiser keeps or unlinks like Markdown's. */
    private static void pasted(String html, int line, List<Body.Link> links, List<Body.Image> images) {
        String lower = html.toLowerCase(Locale.ROOT);
        if (!lower.contains("href") && !lower.contains("src")) {
            return; // most pasted HTML is formatting (<b>, </p>…): no need to parse it
        }
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document fragment = Jsoup.parse(html, "", parser);
        for (Element anchor : fragment.select("a[href]")) {
            links.add(new Body.Link(anchor.attr("href"), line + anchor.sourceRange().start().lineNumber() - 1, true));
        }
        for (Element image : fragment.select("img[src]")) {
            images.add(new Body.Image(image.attr("src"), image.hasAttr("alt"), line + image.sourceRange().start().lineNumber() - 1, true));
        }
    }

    /** The line (in the body) of the first node nested deeper than {@code limit}, walking the tree without recursion. */
    static OptionalInt lineDeeperThan(Node document, int limit, Lines lines) {
        record Visit(Node node, int depth, int line) {
        }
        Deque<Visit> visits = new ArrayDeque<>(List.of(new Visit(document, 0, 0)));
        while (!visits.isEmpty()) {
            Visit visit = visits.pop();
            // Nodes that Flexmark synthesises (a list opened inside a list item) span no text: they are on their parent's line.
            int line = visit.node().getChars().isEmpty() ? visit.line() : lines.of(visit.node());
            if (visit.depth() > limit) {
                return OptionalInt.of(line);
            }
            for (Node child = visit.node().getFirstChild(); child != null; child = child.getNext()) {
                visits.push(new Visit(child, visit.depth() + 1, line));
            }
        }
        return OptionalInt.empty();
    }
}
