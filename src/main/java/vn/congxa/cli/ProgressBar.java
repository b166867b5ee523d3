package vn.congxa.cli;

import java.io.PrintWriter;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;

/** A build's progress on a terminal: one line redrawn in place, {@code Đang dựng [#####·····] 12/25 xã  chau-o}. */
final class ProgressBar implements SiteBuild.Progress {

    static final int WIDTH = 30;

    private final PrintWriter err;
    private final Lang lang;
    private int drawn;

    ProgressBar(PrintWriter err, Lang lang) {
        this.err = err;
        this.lang = lang;
    }

    /** The bar of {@code count} communes done out of {@code communes}, {@link #WIDTH} cells wide. */
    static String bar(int count, int communes) {
        int full = communes == 0 ? WIDTH : (int) ((long) count * WIDTH / communes);
        return "[" + "#".repeat(full) + "·".repeat(WIDTH - full) + "]";
    }

    @Override
    public void started(int communes) {
        draw(Message.of("cli.progress-bar", bar(0, communes), 0, communes, "").render(lang));
    }

    @Override
    public void done(int count, int communes, SiteBuild.Done done) {
        draw(Message.of("cli.progress-bar", bar(count, communes), count, communes, done.slug()).render(lang));
    }

    @Override
    public void finished() {
        draw("");
        err.print('\r');
        err.flush();
    }

    /** Overwrites the previous line, padding with spaces when the new one is shorter. */
    private void draw(String line) {
        err.print('\r' + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }
}
