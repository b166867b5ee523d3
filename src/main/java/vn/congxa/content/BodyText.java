package vn.congxa.content;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Whether an item's body says something: what a reader gets of it on the page, images by their descriptions (what a
 * screen reader reads; a photo with its description is news), without its headings (a heading titles text that is
 * not there), HTML comments, entities that show as spaces ({@code &nbsp;}, zero-width spaces), empty elements, and
 * the filler that stands in for text: the line {@code new} writes ({@link #PLACEHOLDER}) and "đang cập nhật" ("being
 * updated"). What is left must hold a letter or a digit. Only such an item counts toward a section's minimum.
 *
 * @param verdict          what the body amounts to
 * @param placeholderLine  the line of the body (from 0) that still holds {@link #PLACEHOLDER} when the rest of the body
 *                         says something, so that it is not published by mistake
 */
public record BodyText(Verdict verdict, OptionalInt placeholderLine) {

    /** The line {@code new} writes where the text goes. */
    public static final String PLACEHOLDER = "Viết nội dung bài ở đây.";

    /** What a body amounts to, from nothing at all to something to read. */
    public enum Verdict {
        /** Nothing but white space after the front matter. */
        BLANK,
        /** Markup without a word to read: headings only, comments, {@code &nbsp;}, {@code <p></p>}, zero-width spaces… */
        NO_TEXT,
        /** Only the placeholder of {@code new} or a filler such as "Đang cập nhật". */
        FILLER,
        SAYS_SOMETHING
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> PLACEHOLDER_WORDS = words(PLACEHOLDER);
    /** Lines without it cannot hold the placeholder, and need not be split into words. */
    private static final String PLACEHOLDER_START = PLACEHOLDER.substring(0, PLACEHOLDER.indexOf(' '));
    /** Phrases that stand in for text, as words in lower case, the longer before those they contain. */
    private static final List<List<String>> FILLERS = List.of(
            PLACEHOLDER_WORDS,
            words("nội dung đang được cập nhật"), words("nội dung đang cập nhật"),
            words("thông tin đang được cập nhật"), words("thông tin đang cập nhật"),
            words("đang được cập nhật"), words("đang cập nhật"),
            words("updating"), words("coming soon"));

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    public boolean saysSomething() {
        return verdict == Verdict.SAYS_SOMETHING;
    }

    /** Reads a Markdown body as its page shows it. */
    public static BodyText of(String markdown) {
        if (markdown.isBlank()) {
            return new BodyText(Verdict.BLANK, OptionalInt.empty());
        }
        if (Nesting.lineTooDeep(markdown).isPresent()) {
            // Refused by the checks before any parser reads it: there is nothing to judge.
            return new BodyText(Verdict.SAYS_SOMETHING, OptionalInt.empty());
        }
        Document document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // Flexmark's inline patterns recurse on some long lines: the Markdown rule refuses the body (markdown-too-deep).
            return new BodyText(Verdict.SAYS_SOMETHING, OptionalInt.empty());
        }
        List<String> words = words(readable(document));
        if (words.isEmpty()) {
            return new BodyText(Verdict.NO_TEXT, OptionalInt.empty());
        }
        if (onlyFillers(words)) {
            return new BodyText(Verdict.FILLER, OptionalInt.empty());
        }
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(PLACEHOLDER_START) && Collections.indexOfSubList(words(lines.get(i)), PLACEHOLDER_WORDS) >= 0) {
                return new BodyText(Verdict.SAYS_SOMETHING, OptionalInt.of(i));
            }
        }
        return new BodyText(Verdict.SAYS_SOMETHING, OptionalInt.empty());
    }

    /**
     * The text a reader gets, walking the tree without recursion (the bake renders the same tree): the text of
     * paragraphs, lists, tables, links, code and image descriptions, entities decoded, the text of raw HTML as a
     * browser shows it (no comments, no scripts) and its images' descriptions; not headings or comments.
     */
    private static String readable(Node document) {
        StringBuilder text = new StringBuilder();
        Deque<Node> nodes = new ArrayDeque<>(List.of(document));
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Heading || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                continue;
            }
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
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
            }
        }
        return text.toString();
    }

    /** An inline tag ({@code <b>}, {@code </a>}) holds no text of its own; an image's may hold its description. */
    private static boolean mayDescribeAnImage(Node tag) {
        return tag.getChars().toString().toLowerCase(Locale.ROOT).contains("alt");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Whether the words are fillers one after the other, and nothing else; the longer fillers are tried first. */
    private static boolean onlyFillers(List<String> words) {
        int at = 0;
        while (at < words.size()) {
            int from = at;
            for (List<String> filler : FILLERS) {
                if (at + filler.size() <= words.size() && words.subList(at, at + filler.size()).equals(filler)) {
                    at += filler.size();
                    break;
                }
            }
            if (at == from) {
                return false;
            }
        }
        return true;
    }
}
