package vn.congxa.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a part of the search index, as a Bloom filter the search page tests before it downloads the part: a
 * part whose filter lacks a word typed cannot hold a result, so it is not fetched. Every start of every word (up to
 * {@value #LONGEST_START} letters) is in the filter, so the last word typed, which may be the start of a word, is
 * tested as the words are. The filter only ever says "maybe" or "no"; the matching itself stays the search page's.
 * <p>
 * Folding, word splitting and hashing mirror {@code fold}, {@code words} and {@code inFilter} in
 * {@code templates/assets/congxa.js} character for character: the two are tested together in a real browser.
 *
 * @param bits   the filter, bit {@code i} at byte {@code i / 8}, bit {@code i % 8}
 * @param hashes how many bits each word sets
 */
record WordFilter(byte[] bits, int hashes) {

    /** The longest start of a word kept: a longer word typed is tested by its first letters. */
    static final int LONGEST_START = 12;
    /** About 1 % of the parts without a word are fetched anyway. */
    private static final int BITS_PER_WORD = 10;
    private static final int HASHES = 7;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

    /** Vietnamese without tones, đ as d, lower case, as the search page folds what it finds and what is typed. */
    static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** A filter of the folded words of these texts and of every start of each. */
    static WordFilter of(List<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : words(fold(text))) {
                for (int end = 1; end <= Math.min(word.length(), LONGEST_START); end++) {
                    keys.add(word.substring(0, end));
                }
            }
        }
        int size = Math.max(64, (keys.size() * BITS_PER_WORD + 7) / 8 * 8);
        byte[] bits = new byte[size / 8];
        for (String key : keys) {
            int first = fnv1a(key);
            int step = mix(first) | 1;
            for (int i = 0; i < HASHES; i++) {
                int bit = (int) (Integer.toUnsignedLong(first + i * step) % size);
                bits[bit >>> 3] |= (byte) (1 << (bit & 7));
            }
        }
        return new WordFilter(bits, HASHES);
    }

    String base64() {
        return Base64.getEncoder().encodeToString(bits);
    }

    /** FNV-1a over the UTF-16 code units, as JavaScript's {@code charCodeAt} gives them. */
    private static int fnv1a(String key) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

    /** MurmurHash3's finaliser: a second hash drawn from the first. */
    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash;
    }
}
