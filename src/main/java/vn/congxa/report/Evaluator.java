package vn.congxa.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Overseer;
import vn.congxa.finding.Finding;
import vn.congxa.profile.Section;

/**
 * Evaluates every commune from what the build checked: a section's status comes from the same findings that fail
 * the build (missing, too few items, stale), so the report and the build never disagree; the score follows the
 * rubric. Each period of the year is judged by the check made under its own profile, as of its last day.
 */
public final class Evaluator {

    /** The section findings of the check stage and the status each means. */
    private static final Map<String, Status> SECTION_RULES = Map.of(
            "missing-section", Status.TRONG, "too-few-items", Status.CHUA_DAT,
            "stale-section", Status.QUA_HAN, "not-current-week", Status.QUA_HAN);

    /**
     * A period of the year and the check made for it, under its profile, as the repository stood on its last day: the
     * units it checked, and the overseeing unit it names.
     */
    public record PeriodCheck(Evaluation.Period period, List<UnitCheck> units, Optional<Overseer> overseer) {
        public PeriodCheck {
            units = List.copyOf(units);
        }
    }

    private Evaluator() {
    }

    /**
     * @param periods      the year's periods in order; the last one's check gives the communes, their volume and dates
     * @param firstCommits empty outside a git checkout: dates are then taken as stated
     */
    public static Evaluation evaluate(List<PeriodCheck> periods, Rubric rubric, int year, LocalDate asOf,
                                      Optional<FirstCommits> firstCommits) {
        PeriodCheck last = periods.get(periods.size() - 1);
        List<Evaluation.CommuneResult> unranked = new ArrayList<>();
        for (UnitCheck unit : last.units()) {
            unranked.add(evaluate(unit, periods, rubric, year, firstCommits));
        }
        List<Evaluation.CommuneResult> sorted = unranked.stream()
                .sorted(Comparator.comparingDouble(Evaluation.CommuneResult::score).reversed()
                        .thenComparing(r -> r.unit().name(), vn.congxa.text.Vietnamese.collator()))
                .toList();
        List<Evaluation.CommuneResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Evaluation.CommuneResult r = sorted.get(i);
            ranked.add(r.ranked(i > 0 && sorted.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1));
        }
        return new Evaluation(year, asOf, last.overseer(), rubric, periods.stream().map(PeriodCheck::period).toList(),
                last.period().sections(), ranked, firstCommits.isPresent());
    }

    private static Evaluation.CommuneResult evaluate(UnitCheck unit, List<PeriodCheck> periods, Rubric rubric, int year,
                                                     Optional<FirstCommits> firstCommits) {
        List<Evaluation.PeriodResult> results = new ArrayList<>();
        double weighted = 0;
        long days = 0;
        for (PeriodCheck check : periods) {
            // A commune the period's check does not know (it did not exist yet) has every section empty then.
            Optional<UnitCheck> then = check.units().stream().filter(u -> u.slug().equals(unit.slug())).findFirst();
            Evaluation.PeriodResult result = period(then, check, rubric, year);
            results.add(result);
            weighted += result.sectionScore() * check.period().days();
            days += check.period().days();
        }
        List<Finding> findings = unit.findings();
        List<UnitCheck.Published> inYear = unit.published().stream().filter(e -> e.date().map(d -> d.getYear() == year).orElse(false)).toList();
        int[] monthly = new int[12];
        inYear.forEach(e -> monthly[e.date().get().getMonthValue() - 1]++);
        List<Evaluation.Backdated> backdated = firstCommits.map(commits -> backdated(unit, commits, rubric)).orElse(List.of());

        double sectionScore = days == 0 ? 0 : weighted / days;
        double volumeScore = Math.min(rubric.volumeCap(), rubric.pointsPerItem() * inYear.size());
        double penalty = rubric.backdatingPenalty() * backdated.size();
        double score = round(Math.max(0, sectionScore + volumeScore - penalty));
        int errors = (int) findings.stream().filter(Finding::isError).count();
        return new Evaluation.CommuneResult(unit, 0, score, round(sectionScore), round(volumeScore), round(penalty), inYear.size(),
                monthly, results, backdated, errors, findings.size() - errors,
                findings.stream().collect(java.util.stream.Collectors.groupingBy(Finding::rule, java.util.stream.Collectors.counting())));
    }

    /** How a commune's required sections stood in one period, under that period's profile. */
    private static Evaluation.PeriodResult period(Optional<UnitCheck> unit, PeriodCheck check, Rubric rubric, int year) {
        String prefix = unit.map(UnitCheck::repoPath).orElse("") + "/";
        List<Finding> findings = unit.map(UnitCheck::findings).orElse(List.of());
        List<UnitCheck.Published> published = unit.map(UnitCheck::published).orElse(List.of());
        Evaluation.Period period = check.period();
        List<Evaluation.SectionResult> sections = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Section section : period.sections()) {
            String folder = prefix + section.path();
            List<Finding> about = findings.stream().filter(f -> f.path().equals(folder) && SECTION_RULES.containsKey(f.rule())).toList();
            List<UnitCheck.Published> items = published.stream().filter(e -> e.folder().equals(section.path())).toList();
            Status status = unit.isEmpty() ? Status.TRONG : about.stream().map(f -> SECTION_RULES.get(f.rule())).findFirst()
                    .orElse(items.isEmpty() ? Status.TRONG : Status.DAT);
            Optional<LocalDate> newest = items.stream().map(UnitCheck.Published::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
            int count = (int) items.stream().filter(e -> e.date().filter(d -> d.getYear() == year && !d.isBefore(period.from())).isPresent()).count();
            sections.add(new Evaluation.SectionResult(section, count, items.size(), newest, status, about));
            weighted += rubric.weight(section.path()) * rubric.factors().get(status);
            weights += rubric.weight(section.path());
        }
        return new Evaluation.PeriodResult(period, weights == 0 ? 0 : rubric.sectionPoints() * weighted / weights, sections);
    }

    /** The commune's own items dated further before their first commit than the rubric allows (shared pages aside). */
    private static List<Evaluation.Backdated> backdated(UnitCheck unit, FirstCommits commits, Rubric rubric) {
        List<Evaluation.Backdated> found = new ArrayList<>();
        for (UnitCheck.Published entry : unit.published()) {
            String path = entry.repoPath();
            if (!path.startsWith(unit.repoPath() + "/") || entry.date().isEmpty()) {
                continue;
            }
            Optional<LocalDate> first = commits.of(path);
            if (first.isEmpty() || rubric.migratedUntil().filter(day -> !first.get().isAfter(day)).isPresent()) {
                continue; // not committed yet, or brought over from the old portal
            }
            if (entry.date().get().plusDays(rubric.backdatingDays()).isBefore(first.get())) {
                found.add(new Evaluation.Backdated(path, entry.title(), entry.date().get(), first.get()));
            }
        }
        found.sort(Comparator.comparing(Evaluation.Backdated::repoPath));
        return found;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
