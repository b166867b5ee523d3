package vn.congxa.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.congxa.finding.Message;

/** The nearest known name to a mistyped one, for "did you mean" suggestions. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The closest candidate within an edit distance of a third of the word (at least 2); failing that, the longest
     * candidate the word starts with ("tin-tuc-su-kien" → "tin-tuc"), if any.
     */
    public static Optional<String> of(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                .sorted()
                .min(Comparator.comparingInt(candidate -> distance(word, candidate)))
                .filter(candidate -> distance(word, candidate) <= limit)
                .or(() -> candidates.stream().filter(word::startsWith).max(Comparator.comparingInt(String::length)));
    }

    /** "Did you mean …?" when a near name exists, otherwise the list of names that are allowed. */
    public static Message hint(String word, Collection<String> candidates) {
        return of(word, candidates)
                .map(near -> Message.of("hint.did-you-mean", near))
                .orElseGet(() -> Message.of("hint.known", String.join(", ", candidates.stream().sorted().toList())));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
