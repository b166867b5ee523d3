package vn.congxa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import java.time.Duration;
import java.util.Locale;
import vn.congxa.bake.BakeResult;
import vn.congxa.check.Commune;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Messages;
import vn.congxa.report.Evaluation;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;

/**
 * What a command prints: findings on standard output in the chosen format, and the few status lines (a line per
 * commune, a summary) on standard error, so that {@code --format json} output stays pure JSON.
 */
final class Console {

    private final Options options;
    private final CommandLine commandLine;

    Console(Options options, CommandLine commandLine) {
        this.options = options;
        this.commandLine = commandLine;
    }

    /** Prints each distinct finding once: a template error, for one, is met on every page that uses the template. */
    void findings(List<Finding> findings) {
        PrintWriter out = commandLine.getOut();
        options.format.print(findings.stream().distinct().toList(), options.repository.lang, out);
        out.flush();
    }

    void status(String key, Object... args) {
        commandLine.getErr().println(Message.of(key, args).render(options.repository.lang));
    }

    void summary(List<Finding> findings) {
        List<Finding> distinct = findings.stream().distinct().toList();
        long errors = distinct.stream().filter(f -> f.severity() == Severity.ERROR).count();
        status(errors > 0 ? "cli.summary-failed" : "cli.summary-ok", errors, distinct.size() - errors);
    }

    /**
     * Progress of a build: a bar redrawn in place when a person watches a terminal, a line per commune otherwise (CI
     * logs, pipes), which also says what each commune's site holds.
     */
    SiteBuild.Progress progress(Path output) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new ProgressBar(commandLine.getErr(), options.repository.lang) : new ProgressLines();
    }

    /** The last line of a build: how many portals were baked or kept, the pages written and the time it took. */
    void built(SiteBuild.Outcome outcome, boolean everyUnit, Path output) {
        status(everyUnit ? "cli.built" : "cli.built-some", outcome.baked(), outcome.done().size() - outcome.baked(),
                outcome.pages(), seconds(outcome.time()), output.resolve("index.html").normalize());
    }

    /** A preview's last line: the hub and the other communes' portals mean nothing there. */
    void previewed(SiteBuild.Outcome outcome) {
        status("cli.preview-built", outcome.pages(), seconds(outcome.time()));
    }

    /** Seconds with one decimal, written as each language writes them: "4,2" in Vietnamese. */
    private static Messages.Localised seconds(Duration time) {
        String seconds = String.format(Locale.ROOT, "%.1f", time.toMillis() / 1000.0);
        return new Messages.Localised(seconds.replace('.', ','), seconds);
    }

    private final class ProgressLines implements SiteBuild.Progress {
        @Override
        public void started(int communes) {
        }

        @Override
        public void done(int count, int communes, SiteBuild.Done done) {
            switch (done.state()) {
                case REFUSED -> status("cli.progress-refused", count, communes, done.slug(), done.name());
                case HELD_BACK -> status("cli.progress-held-back", count, communes, done.slug(), done.name());
                case KEPT -> status("cli.progress-reused", count, communes, done.slug(), done.name());
                case BAKED -> {
                    BakeResult result = done.baked().orElseThrow();
                    status("cli.progress-baked", count, communes, done.slug(), done.name(), result.pages(),
                            result.index().documents(), (result.index().bytes() + 1023) / 1024);
                }
            }
        }

        @Override
        public void finished() {
        }
    }

    /** The line that says where the yearly report is, and how many communes fail a required section. */
    void reported(Evaluation evaluation, Path page) {
        status("cli.reported", evaluation.year(), evaluation.communes().size(),
                evaluation.communes().stream().filter(c -> c.failing() > 0).count(), page);
    }
}
