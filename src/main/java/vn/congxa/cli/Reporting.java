package vn.congxa.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Checker;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Period;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.report.Evaluation;
import vn.congxa.report.Evaluator;
import vn.congxa.report.FirstCommits;
import vn.congxa.report.Rubric;
import vn.congxa.report.RubricLoader;

/**
 * The yearly evaluation from a checked repository, shared by {@code report} and {@code build}. The year is cut where
 * the law changed: each part is checked under the profile then in force, as the repository stood on its last day.
 */
final class Reporting {

    private Reporting() {
    }

    /**
     * An evaluation, and the check of its last period: the units as of the year's last day (or the options' day), under
     * the law then in force, which the report's hub lists.
     */
    record Reported(Evaluation evaluation, CheckResult last) {
    }

    /**
     * @param loaded   the profiles the check was made under
     * @param checked  the check as of the options' day, under the profile governing it: the last period reuses it
     * @param findings receives the rubric's problems, a day of the year no profile covers, and a warning when the
     *                 history of a git checkout cannot be read
     * @return empty when the profiles or the rubric cannot be used
     */
    static Optional<Reported> evaluate(Options options, Selection selection, ProfileLoader.Loaded loaded, CheckResult checked, int year,
                                         List<Finding> findings, CommandLine commandLine) {
        if (!loaded.usable()) {
            return Optional.empty();
        }
        int before = findings.size();
        Optional<Rubric> rubric = RubricLoader.load(options.repository.root, loaded.profiles(), findings);
        LocalDate asOf = options.today();
        List<Evaluation.Period> periods = periods(loaded, Optional.ofNullable(options.law.profile), year, asOf, findings);
        if (rubric.isEmpty() || periods.isEmpty() || findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)) {
            return Optional.empty();
        }
        List<Evaluator.PeriodCheck> checks = new ArrayList<>();
        CheckResult last = checked;
        for (Evaluation.Period period : periods) {
            boolean current = period.until().equals(asOf) && checked.communes().stream()
                    .allMatch(c -> c.menu().id().equals(period.profile().id()));
            CheckResult result = current ? checked : Pipeline.check(options, selection, Checker.Drafts.LEFT_OUT, loaded,
                    period.profile(), period.until(), List.of(), Optional.of(checked), Set.of(), commandLine);
            checks.add(Evaluator.PeriodCheck.of(period, result));
            last = result;
        }
        Optional<FirstCommits> firstCommits;
        try {
            firstCommits = FirstCommits.read(options.repository.root);
        } catch (IOException e) {
            findings.add(Finding.warning(".git", 0, "git-history", Message.of("report.git-unreadable", String.valueOf(e.getMessage()))));
            firstCommits = Optional.empty();
        }
        return Optional.of(new Reported(Evaluator.evaluate(checks, rubric.get(), year, asOf, firstCommits), last));
    }

    /**
     * The parts of the year, up to the options' day, each with the profile in force then; a forced profile governs
     * the whole year. A day that no profile covers is an error: it is never evaluated under no law.
     */
    static List<Evaluation.Period> periods(ProfileLoader.Loaded loaded, Optional<String> forced, int year, LocalDate asOf,
                                           List<Finding> findings) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = asOf.getYear() == year ? asOf : LocalDate.of(year, 12, 31);
        if (year > asOf.getYear()) {
            findings.add(Finding.error(Profile.FOLDER, 0, "report-year", Message.of("report.future-year", year, asOf.format(vn.congxa.text.Vietnamese.DAY))));
            return List.of();
        }
        if (forced.isPresent()) {
            // The id was checked when the options were read: the whole year under it.
            return loaded.byId(forced.get()).map(p -> List.of(period(p, first, last))).orElse(List.of());
        }
        List<Evaluation.Period> periods = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            Optional<Profile> profile = loaded.inForce(day);
            if (profile.isEmpty()) {
                loaded.inForce(day, findings); // says which profiles cover which days
                return List.of();
            }
            LocalDate end = profile.get().inForce().lastDay().isBefore(last) ? profile.get().inForce().lastDay() : last;
            periods.add(period(profile.get(), day, end));
            day = end.plusDays(1);
        }
        return periods;
    }

    private static Evaluation.Period period(Profile profile, LocalDate from, LocalDate until) {
        return new Evaluation.Period(profile, from, until, profile.all().filter(Section::required).toList());
    }
}
