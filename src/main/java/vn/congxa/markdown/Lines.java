package vn.congxa.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;

/**
 * Where the lines of a body start, to find the line (from 0) of a node by binary search: Flexmark's own
 * {@code getLineNumber()} counts the lines from the start of the text each time, which made reading a body
 * quadratic in its size.
 */
record Lines(int[] starts) {

    static Lines of(String text) {
        int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0, line = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new Lines(starts);
    }

    int of(Node node) {
        int found = Arrays.binarySearch(starts, node.getStartOffset());
        return found >= 0 ? found : -found - 2;
    }
}
