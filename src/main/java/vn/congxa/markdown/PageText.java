package vn.congxa.markdown;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The text of a page that Flexmark wrote, for the search index, without parsing it as a document: the page's words in
 * its order, the bounds of blocks and line breaks as spaces, entities decoded, runs of white space as one space. Such a
 * page has a {@code <} in text only as {@code &lt;}, and a {@code >} in no attribute (Flexmark escapes both).
 */
final class PageText {

    /** Tags inside a line of text: they part no words. */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "code", "img");

    private PageText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int at = 0;
        while (at < html.length()) {
            int tag = html.indexOf('<', at);
            int textEnd = tag < 0 ? html.length() : tag;
            if (textEnd > at) {
                appendCollapsed(text, Parser.unescapeEntities(html.substring(at, textEnd), false));
            }
            if (tag < 0) {
                break;
            }
            int end = html.indexOf('>', tag);
            if (end < 0) {
                break;
            }
            int name = tag + 1 < end && html.charAt(tag + 1) == '/' ? tag + 2 : tag + 1;
            int nameEnd = name;
            while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (!INLINE.contains(html.substring(name, nameEnd))) {
                appendCollapsed(text, " ");
            }
            at = end + 1;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    /** Appends {@code chunk} with each run of white space (the no-break space too) as one space, none at the start. */
    private static void appendCollapsed(StringBuilder text, String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }
}
