package vn.congxa.content;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Lists in lists and quotes in quotes, counted on each line before Flexmark reads a body: its parser recurses once
 * per level, so a line opening thousands ("- - - - …", "> > > …") would overflow the stack of whatever reads it.
 */
public final class Nesting {

    /** Deeper nesting is refused: no real article has it, and renderers recurse on it. */
    public static final int MAX_DEPTH = 50;

    private static final Pattern CONTAINER_MARKER = Pattern.compile("\\s*(?:[>*+-]|\\d{1,9}[.)])(?:\\s+|$)");

    private Nesting() {
    }

    /** The first line (from 0) opening more than {@link #MAX_DEPTH} lists or quotes at once. */
    public static OptionalInt lineTooDeep(String body) {
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            var markers = CONTAINER_MARKER.matcher(lines.get(i));
            int count = 0;
            while (markers.lookingAt()) {
                count++;
                markers.region(markers.end(), lines.get(i).length());
            }
            if (count > MAX_DEPTH) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
