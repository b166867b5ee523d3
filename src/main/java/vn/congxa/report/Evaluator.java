package vn.congxa.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.finding.Finding;
import vn.congxa.profile.Profile;
import vn.congxa.profile.Section;

/**
 * Evaluates every commune from what the build checked: a section's status comes from the same findings that fail
 * the build (missing, too few items, stale), so the report and the build never disagree; the score follows the
 * rubric.
 */
public final class Evaluator {

    /** The section findings of the check stage and the status each means. */
    private static final Map<String, Status> SECTION_RULES = Map.of(
            "missing-section", Status.TRONG, "too-few-items", Status.CHUA_DAT,
            "stale-section", Status.QUA_HAN, "not-current-week", Status.QUA_HAN);
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private Evaluator() {
    }

    /** @param firstCommits empty outside a git checkout: dates are then taken as stated */
    public static Evaluation evaluate(CheckResult checked, Profile profile, Rubric rubric, int year, LocalDate asOf,
                                      Optional<FirstCommits> firstCommits) {
        List<Section> required = profile.all().filter(Section::required).toList();
        List<Evaluation.CommuneResult> unranked = new ArrayList<>();
        for (Commune commune : checked.communes()) {
            unranked.add(evaluate(commune, required, checked.findings(), rubric, year, firstCommits));
        }
        List<Evaluation.CommuneResult> sorted = unranked.stream()
                .sorted(Comparator.comparingDouble(Evaluation.CommuneResult::score).reversed()
                        .thenComparing(r -> r.commune().name(), VIETNAMESE))
                .toList();
        List<Evaluation.CommuneResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Evaluation.CommuneResult r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Evaluation.CommuneResult(r.commune(), rank, r.score(), r.sectionScore(), r.volumeScore(), r.penalty(),
                    r.itemsInYear(), r.monthly(), r.sections(), r.backdated(), r.errors(), r.warnings()));
        }
        return new Evaluation(year, asOf, district(checked.communes()), rubric, required, ranked, firstCommits.isPresent());
    }

    private static Evaluation.CommuneResult evaluate(Commune commune, List<Section> required, List<Finding> allFindings,
                                                     Rubric rubric, int year, Optional<FirstCommits> firstCommits) {
        String prefix = commune.repoPath() + "/";
        List<Finding> findings = allFindings.stream().filter(f -> f.path().startsWith(prefix) || f.path().equals(commune.repoPath())).toList();
        List<Entry> published = commune.entries().stream().filter(Entry::countsAsPublished).toList();
        List<Entry> inYear = published.stream().filter(e -> e.date().map(d -> d.getYear() == year).orElse(false)).toList();

        List<Evaluation.SectionResult> sections = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Section section : required) {
            String folder = prefix + section.path();
            List<Finding> own = findings.stream().filter(f -> f.path().equals(folder) && SECTION_RULES.containsKey(f.rule())).toList();
            List<Entry> items = published.stream().filter(e -> e.item().folder().equals(section.path())).toList();
            Status status = own.stream().map(f -> SECTION_RULES.get(f.rule())).findFirst()
                    .orElse(items.isEmpty() ? Status.TRONG : Status.DAT);
            Optional<LocalDate> newest = items.stream().map(Entry::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
            int count = (int) inYear.stream().filter(e -> e.item().folder().equals(section.path())).count();
            sections.add(new Evaluation.SectionResult(section, count, items.size(), newest, status, own));
            weighted += rubric.weight(section.path()) * rubric.factors().get(status);
            weights += rubric.weight(section.path());
        }
        int[] monthly = new int[12];
        inYear.forEach(e -> monthly[e.date().get().getMonthValue() - 1]++);
        List<Evaluation.Backdated> backdated = firstCommits.map(commits -> backdated(commune, published, commits, rubric)).orElse(List.of());

        double sectionScore = weights == 0 ? 0 : rubric.sectionPoints() * weighted / weights;
        double volumeScore = Math.min(rubric.volumeCap(), rubric.pointsPerItem() * inYear.size());
        double penalty = rubric.backdatingPenalty() * backdated.size();
        double score = round(Math.max(0, sectionScore + volumeScore - penalty));
        int errors = (int) findings.stream().filter(Finding::isError).count();
        return new Evaluation.CommuneResult(commune, 0, score, round(sectionScore), round(volumeScore), round(penalty), inYear.size(),
                monthly, sections, backdated, errors, findings.size() - errors);
    }

    /** The commune's own items dated further before their first commit than the rubric allows (shared pages aside). */
    private static List<Evaluation.Backdated> backdated(Commune commune, List<Entry> published, FirstCommits commits, Rubric rubric) {
        List<Evaluation.Backdated> found = new ArrayList<>();
        for (Entry entry : published) {
            String path = entry.item().repoPath();
            if (!path.startsWith(commune.repoPath() + "/") || entry.date().isEmpty()) {
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

    /** The parent unit most communes name (don_vi_cap_tren): the district the report is for. */
    private static String district(List<Commune> communes) {
        return communes.stream().map(c -> String.valueOf(c.config().getOrDefault("don_vi_cap_tren", "")))
                .filter(name -> !name.isBlank())
                .collect(Collectors.groupingBy(name -> name, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
