package vn.congxa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.finding.Finding;

/**
 * What the yearly report needs of one unit's check under one period's profile, and nothing more: the unit's names,
 * the weight of its heaviest page, the items it publishes (where, what, when) and its own findings. Small and free of
 * the items' bodies, so that a report is made from summaries of units checked one by one.
 *
 * @param heaviestPageImages the image weight of its heaviest page, in bytes
 * @param published          the items its site shows that count (not drafts, not landing pages, with a body)
 * @param findings           the findings about its own files
 */
public record UnitCheck(String slug, String repoPath, String name, long heaviestPageImages, List<Published> published,
                        List<Finding> findings) {

    /**
     * An item as the report counts it.
     *
     * @param folder the section it is in, as a path of the site ("" at the root)
     */
    public record Published(String repoPath, String folder, String title, Optional<LocalDate> date) {
    }

    public UnitCheck {
        published = List.copyOf(published);
        findings = List.copyOf(findings);
    }

    /** The summary of a checked unit, from the check's findings (those of every unit) picking its own. */
    public static UnitCheck of(Commune commune, List<Finding> findings) {
        String prefix = commune.repoPath() + "/";
        return new UnitCheck(commune.slug(), commune.repoPath(), commune.name(), commune.heaviestPageImages(),
                commune.entries().stream().filter(Entry::countsAsPublished)
                        .map(e -> new Published(e.item().repoPath(), e.item().folder(), e.title(), e.date())).toList(),
                findings.stream().filter(f -> f.path().startsWith(prefix) || f.path().equals(commune.repoPath())).toList());
    }
}
