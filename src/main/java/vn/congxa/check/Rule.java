package vn.congxa.check;

import java.util.List;
import vn.congxa.finding.Finding;

/**
 * One check of what was read: told a {@link Scope} (the shared content, or one unit), it adds what it finds wrong.
 * Rules only report; what a unit is made of (its configuration, its items' values) is read before they run. The rules
 * of a build are {@link #ALL}, run in that order on every scope.
 */
@FunctionalInterface
interface Rule {

    void check(Scope scope, List<Finding> findings);

    /** Names, attachments, bodies, sections, then what pages weigh: in the order their findings are printed. */
    List<Rule> ALL = List.of(NamingRule::check, AttachmentRule::check, MarkdownRule::check, SectionRule::check, ImageBudgetRule::check);
}
