package vn.congxa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.congxa.check.Commune;
import vn.congxa.finding.Finding;
import vn.congxa.profile.Section;

/**
 * The yearly evaluation of every commune portal of a district: per commune and per required section, what was
 * published in the year and how the section stands; per commune its score and rank.
 *
 * @param communes    ranked, best first
 * @param sections    the profile's required sections, the columns of the evaluation
 * @param gitChecked  whether items' dates were compared with the day their files were first committed
 */
public record Evaluation(int year, LocalDate asOf, String district, Rubric rubric, List<Section> sections,
                         List<CommuneResult> communes, boolean gitChecked) {

    public Evaluation {
        sections = List.copyOf(sections);
        communes = List.copyOf(communes);
    }

    /** One required section of one commune. */
    public record SectionResult(Section section, int itemsInYear, int publishedItems, Optional<LocalDate> newest, Status status,
                                List<Finding> findings) {
        public SectionResult {
            findings = List.copyOf(findings);
        }
    }

    /** An item whose stated date is further before its file's first commit than the rubric allows. */
    public record Backdated(String repoPath, String title, LocalDate stated, LocalDate firstCommitted) {
    }

    /**
     * One commune: its sections, the items it published in the year month by month (all sections), its score
     * (sections part + volume credit − back-dating penalty) and its rank (1 is best; equal scores share a rank).
     */
    public record CommuneResult(Commune commune, int rank, double score, double sectionScore, double volumeScore,
                                double penalty, int itemsInYear, int[] monthly, List<SectionResult> sections,
                                List<Backdated> backdated, int errors, int warnings) {
        public CommuneResult {
            sections = List.copyOf(sections);
            backdated = List.copyOf(backdated);
            monthly = monthly.clone();
        }

        @Override
        public int[] monthly() {
            return monthly.clone();
        }

        /** Required sections that are not met (chưa đạt, trống, quá hạn). */
        public long failing() {
            return sections.stream().filter(s -> s.status() != Status.DAT).count();
        }
    }
}
