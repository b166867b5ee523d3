package vn.congxa.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import vn.congxa.check.Checker;
import vn.congxa.check.Overseer;
import vn.congxa.check.ReadBodies;
import vn.congxa.content.SourceTree;
import vn.congxa.profile.Kinds;
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
 * The yearly evaluation of the units, shared by {@code report} and {@code build}. The year is cut where the law
 * changed: each part is checked under the profile then in force, as the units stood on its last day, in the same
 * {@link ProvinceRun} as the rest of the command, so that each unit is read once.
 */
final class Reporting {

    private Reporting() {
    }

    /** A year's report to make: the rubric, and the parts of the year, each with the law then in force. */
    record Plan(Rubric rubric, int year, LocalDate asOf, List<Evaluation.Period> periods) {
        Plan {
            periods = List.copyOf(periods);
        }
    }

    /**
     * The passes of a run that makes the report, and which one checks each period.
     *
     * @param periodPass for each period of the plan, the index of its pass
     * @param overseers  for each period, the overseeing unit as its profile reads it
     */
    record Passes(List<ProvinceRun.Pass> passes, List<Integer> periodPass, List<Optional<Overseer>> overseers) {
        Passes {
            passes = List.copyOf(passes);
            periodPass = List.copyOf(periodPass);
            overseers = List.copyOf(overseers);
        }

        /** A run that makes no report: one pass. */
        static Passes only(ProvinceRun.Pass pass) {
            return new Passes(List.of(pass), List.of(), List.of());
        }

        List<String> keys() {
            return passes.stream().map(ProvinceRun.Pass::key).toList();
        }
    }

    /**
     * @param findings receives the rubric's problems and a day of the year no profile covers
     * @return empty when the profiles or the rubric cannot be used
     */
    static Optional<Plan> plan(Options options, ProfileLoader.Loaded loaded, int year, List<Finding> findings) {
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
        return Optional.of(new Plan(rubric.get(), year, asOf, periods));
    }

    /**
     * The passes that check every period of a plan, the latest first: it is the one the hub lists. A period that ends
     * on the options' day is checked as of that day, by {@code current} when there is one (a build's own check); an
     * earlier one as the units stood on its last day, drafts left out.
     *
     * @param shared the shared content as read
     */
    static Passes passes(Plan plan, Optional<ProvinceRun.Pass> current, SourceTree shared, ProfileLoader.Loaded loaded, Path root) {
        List<ProvinceRun.Pass> passes = new ArrayList<>();
        current.ifPresent(passes::add);
        Integer[] periodPass = new Integer[plan.periods().size()];
        List<Optional<Overseer>> overseers = new ArrayList<>();
        Kinds kinds = loaded.kinds().orElseThrow();
        for (Evaluation.Period period : plan.periods()) {
            // The overseeing unit's own problems are the current check's to report.
            overseers.add(Overseer.read(root, kinds, period.profile(), new ArrayList<>()));
        }
        // The shared content is the same for every pass: its bodies are read once.
        ReadBodies sharedBodies = current.map(pass -> pass.checker().sharedBodies()).orElse(ReadBodies.NONE);
        for (int i = plan.periods().size() - 1; i >= 0; i--) {
            Evaluation.Period period = plan.periods().get(i);
            boolean ending = period.until().equals(plan.asOf());
            if (ending && current.isPresent()) {
                periodPass[i] = 0;
                continue;
            }
            Optional<LocalDate> stoodOn = ending ? Optional.empty() : Optional.of(period.until());
            Checker checker = Checker.prepare(stoodOn.map(shared::asItStood).orElse(shared), period.profile(), kinds, overseers.get(i),
                    period.until(), Checker.Drafts.LEFT_OUT, sharedBodies);
            if (passes.isEmpty()) {
                sharedBodies = checker.sharedBodies();
            }
            periodPass[i] = passes.size();
            passes.add(new ProvinceRun.Pass(checker, period.profile().id(), period.until(), stoodOn));
        }
        return new Passes(passes, List.of(periodPass), overseers);
    }

    /**
     * The evaluation of the units a run checked under a plan's passes.
     *
     * @param findings receives a warning when the history of a git checkout cannot be read
     */
    static Evaluation evaluate(Plan plan, Passes passes, List<ProvinceRun.Unit> units, Path root, List<Finding> findings) {
        List<Evaluator.PeriodCheck> checks = new ArrayList<>();
        for (int i = 0; i < plan.periods().size(); i++) {
            int pass = passes.periodPass().get(i);
            checks.add(new Evaluator.PeriodCheck(plan.periods().get(i), units.stream().map(unit -> unit.checks().get(pass)).toList(),
                    passes.overseers().get(i)));
        }
        Optional<FirstCommits> firstCommits;
        try {
            firstCommits = FirstCommits.read(root);
        } catch (IOException e) {
            findings.add(Finding.warning(".git", 0, "git-history", Message.of("report.git-unreadable", String.valueOf(e.getMessage()))));
            firstCommits = Optional.empty();
        }
        return Evaluator.evaluate(checks, plan.rubric(), plan.year(), plan.asOf(), firstCommits);
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
