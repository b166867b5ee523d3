package vn.congxa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import vn.congxa.finding.Finding;
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

    /** The line that says where the yearly report is, and how many communes fail a required section. */
    void reported(Evaluation evaluation, Path page) {
        status("cli.reported", evaluation.year(), evaluation.communes().size(),
                evaluation.communes().stream().filter(c -> c.failing() > 0).count(), page);
    }
}
