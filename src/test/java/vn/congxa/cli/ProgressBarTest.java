package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.congxa.finding.Lang;

/** What an editor sees on a terminal while a build runs: one line, redrawn in place, gone at the end. */
class ProgressBarTest {

    private static SiteBuild.Done done(String slug) {
        return new SiteBuild.Done(slug, slug, Optional.empty(), SiteBuild.Done.State.KEPT);
    }

    @Test
    void theBarFillsUpThenTheLineIsCleared() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), Lang.VI);
        bar.started(3);
        bar.done(1, 3, done("chau-o"));
        bar.done(2, 3, done("binh-chau"));
        bar.done(3, 3, done("binh-thanh"));
        bar.finished();
        List<String> frames = Arrays.stream(text.toString().split("\r")).skip(1).toList();
        assertEquals("Đang dựng [······························] 0/3 đơn vị  ", frames.get(0));
        assertEquals("Đang dựng [##########····················] 1/3 đơn vị  chau-o", frames.get(1).strip());
        assertEquals("Đang dựng [####################··········] 2/3 đơn vị  binh-chau", frames.get(2).strip());
        assertEquals("Đang dựng [##############################] 3/3 đơn vị  binh-thanh", frames.get(3).strip());
        // The last frame blanks the whole line with spaces, so that the summary is printed on a clean line.
        assertEquals(" ".repeat(frames.get(3).length()), frames.get(4));
    }
}
