package vn.congxa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring rules of the yearly evaluation, read from {@code content/rubric.yml}: the province changes a weight or
 * a penalty there, never in code.
 *
 * @param sectionPoints     the points of the sections part, shared among the profile's required sections by weight
 * @param defaultWeight     the weight of a required section the rubric does not name
 * @param weights           weights by section path
 * @param factors           the share of a section's points each status keeps (1 for đạt, 0 for trống)
 * @param pointsPerItem     the credit for each item published in the year
 * @param volumeCap         the most that credit can reach
 * @param backdatingDays    how many days an item's date may be earlier than its file's first commit
 * @param backdatingPenalty the points taken off for each item dated further back
 * @param migratedUntil     files first committed up to this day were brought over from an old portal: not flagged
 * @param indicators        the monitoring indicators of the export (Nghị định 224/2026/NĐ-CP Điều 12): for each group
 *                          (tiep_can: accessibility, ky_thuat: technical) and indicator, the finding rules it counts
 */
public record Rubric(String name, String version, double sectionPoints, double defaultWeight, Map<String, Double> weights,
                     Map<Status, Double> factors, double pointsPerItem, double volumeCap, int backdatingDays,
                     double backdatingPenalty, Optional<LocalDate> migratedUntil, Map<String, Map<String, List<String>>> indicators) {

    public static final String PATH = "content/rubric.yml";

    public Rubric {
        weights = Map.copyOf(weights);
        factors = Map.copyOf(factors);
        Map<String, Map<String, List<String>>> copy = new java.util.LinkedHashMap<>();
        indicators.forEach((group, rules) -> copy.put(group, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules))));
        indicators = java.util.Collections.unmodifiableMap(copy);
    }

    public double weight(String sectionPath) {
        return weights.getOrDefault(sectionPath, defaultWeight);
    }

    /** The most a commune can score: every section met and the volume credit reached. */
    public double maximum() {
        return sectionPoints + volumeCap;
    }
}
