package vn.congxa.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.congxa.check.CheckResult;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.report.Evaluation;
import vn.congxa.report.Evaluator;
import vn.congxa.report.FirstCommits;
import vn.congxa.report.Rubric;
import vn.congxa.report.RubricLoader;

/** The district's yearly evaluation from a checked repository, shared by {@code report} and {@code build}. */
final class Reporting {

    private Reporting() {
    }

    /**
     * @param findings receives the rubric's problems, and a warning when the history of a git checkout cannot be read
     * @return empty when the profile or the rubric cannot be used
     */
    static Optional<Evaluation> evaluate(Options options, CheckResult checked, int year, List<Finding> findings) {
        ProfileLoader.Loaded loaded = ProfileLoader.load(options.repository.root);
        if (!loaded.usable()) {
            return Optional.empty();
        }
        int before = findings.size();
        Optional<Rubric> rubric = RubricLoader.load(options.repository.root, loaded.profile().get(), findings);
        if (rubric.isEmpty() || findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)) {
            return Optional.empty();
        }
        Optional<FirstCommits> firstCommits;
        try {
            firstCommits = FirstCommits.read(options.repository.root);
        } catch (IOException e) {
            findings.add(Finding.warning(".git", 0, "git-history", Message.of("report.git-unreadable", String.valueOf(e.getMessage()))));
            firstCommits = Optional.empty();
        }
        LocalDate asOf = options.today();
        return Optional.of(Evaluator.evaluate(checked, loaded.profile().get(), rubric.get(), year, asOf, firstCommits));
    }
}
