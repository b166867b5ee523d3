package vn.congxa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congxa.check.Commune;
import vn.congxa.check.Overseer;
import vn.congxa.profile.Profile;
import vn.congxa.finding.Finding;
import vn.congxa.profile.Section;

/**
 * The yearly evaluation of every commune portal under an overseeing unit: per commune and per required section, what
 * was published in the year and how the section stands; per commune its score and rank. A year that spans a change of
 * law is evaluated in periods, each under the profile then in force (2026: January–June under Nghị định 42/2022,
 * July–December under Nghị định 224/2026).
 *
 * @param overseer    the unit the report is addressed to, when the repository names one
 * @param periods     the periods of the year, in order, each with the profile that governed it
 * @param communes    ranked, best first
 * @param sections    the required sections of the last period's profile (the law in force at the year's end)
 * @param gitChecked  whether items' dates were compared with the day their files were first committed
 */
public record Evaluation(int year, LocalDate asOf, Optional<Overseer> overseer, Rubric rubric, List<Period> periods,
                         List<Section> sections, List<CommuneResult> communes, boolean gitChecked) {

    public Evaluation {
        periods = List.copyOf(periods);
        sections = List.copyOf(sections);
        communes = List.copyOf(communes);
    }

    /** Part of the year under one profile: its first and last day, and its required sections. */
    public record Period(Profile profile, LocalDate from, LocalDate until, List<Section> sections) {
        public Period {
            sections = List.copyOf(sections);
        }

        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, until) + 1;
        }
    }

    /** One commune in one period: its required sections' results and the section score they earn. */
    public record PeriodResult(Period period, double sectionScore, List<SectionResult> sections) {
        public PeriodResult {
            sections = List.copyOf(sections);
        }
    }

    /** One required section of one commune. */
    public record SectionResult(Section section, int itemsInYear, int publishedItems, Optional<LocalDate> newest, Status status,
                                List<Finding> findings) {
        public SectionResult {
            findings = List.copyOf(findings);
        }
    }

    /** Whom the report is addressed to: "tỉnh Quảng Ngãi", or "" when the repository names no overseeing unit. */
    public String addressee() {
        return overseer.map(Overseer::fullName).orElse("");
    }

    /** An item whose stated date is further before its file's first commit than the rubric allows. */
    public record Backdated(String repoPath, String title, LocalDate stated, LocalDate firstCommitted) {
    }

    /**
     * One commune: its results period by period, the items it published in the year month by month (all sections),
     * its score (sections part, weighted by the days of each period, + volume credit − back-dating penalty) and its
     * rank (1 is best; equal scores share a rank).
     */
    public record CommuneResult(UnitCheck unit, int rank, double score, double sectionScore, double volumeScore,
                                double penalty, int itemsInYear, int[] monthly, List<PeriodResult> periods,
                                List<Backdated> backdated, int errors, int warnings, Map<String, Long> findingsByRule) {
        public CommuneResult {
            findingsByRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(findingsByRule));
            periods = List.copyOf(periods);
            backdated = List.copyOf(backdated);
            monthly = monthly.clone();
        }

        /** Its required sections in the last period: how they stand under the law in force at the year's end. */
        public List<SectionResult> sections() {
            return periods.get(periods.size() - 1).sections();
        }

        CommuneResult ranked(int rank) {
            return new CommuneResult(unit, rank, score, sectionScore, volumeScore, penalty, itemsInYear, monthly, periods,
                    backdated, errors, warnings, findingsByRule);
        }

        /** How many findings of a rule the commune's check gave. */
        public long count(String rule) {
            return findingsByRule.getOrDefault(rule, 0L);
        }

        @Override
        public int[] monthly() {
            return monthly.clone();
        }

        /** Required sections that are not met (chưa đạt, trống, quá hạn). */
        public long failing() {
            return sections().stream().filter(s -> s.status() != Status.DAT).count();
        }
    }
}
