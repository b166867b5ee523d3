package vn.congxa.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    public boolean saysSomething() {
        return verdict == Verdict.SAYS_SOMETHING;
    }

    /** A body the checks refuse before reading it (markdown-too-deep): it is not said to be empty as well. */
    public static BodyText refused() {
        return new BodyText(Verdict.SAYS_SOMETHING, OptionalInt.empty());
    }

    /**
     * Judges a Markdown body by what its page shows of it.
     *
     * @param readable the text a reader gets of the body, as {@code vn.congxa.markdown.Markdown} reads it
     */
    public static BodyText of(String markdown, String readable) {
        if (markdown.isBlank()) {
            return new BodyText(Verdict.BLANK, OptionalInt.empty());
        }
        List<String> words = words(readable);
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
