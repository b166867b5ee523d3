package vn.congxa.preview;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.congxa.finding.Finding;
import vn.congxa.finding.FindingFormat;
import vn.congxa.finding.Lang;

/**
 * What the preview's pages are told: the number of the last finished build (a page reloads when it changes), whether a
 * build is running, whether the last one was written, and its findings, in the command line's JSON format.
 */
public record PreviewState(long version, boolean building, boolean written, List<Finding> findings, Lang lang) {

    public static PreviewState building(long version) {
        return new PreviewState(version, true, false, List.of(), Lang.VI);
    }

    byte[] json() {
        StringWriter text = new StringWriter();
        FindingFormat.JSON.print(findings.stream().distinct().toList(), lang, new PrintWriter(text));
        return ("{\"version\":" + version + ",\"building\":" + building + ",\"written\":" + written
                + ",\"findings\":" + text.toString().strip() + "}").getBytes(StandardCharsets.UTF_8);
    }
}
