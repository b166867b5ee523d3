package vn.congxa.profile;

import java.util.Optional;
import vn.congxa.finding.LegalBasis;

/**
 * What the profile asks of every page for readers with disabilities and readers on phones: the least contrast
 * between a text colour and its background (4.5:1 is WCAG 2.1 AA), and how many kibibytes of images one page may
 * load. {@code basis} is cited by contrast findings; the image budget is a convention for phones, not law.
 */
public record Accessibility(double minContrast, int imageBudgetKib, Optional<LegalBasis> basis) {

    /** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
    public static final double AA_CONTRAST = 4.5;
    public static final int DEFAULT_IMAGE_BUDGET_KIB = 1024;
    public static final Accessibility DEFAULT = new Accessibility(AA_CONTRAST, DEFAULT_IMAGE_BUDGET_KIB, Optional.empty());
}
