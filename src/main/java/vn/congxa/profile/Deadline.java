package vn.congxa.profile;

import java.util.Optional;
import vn.congxa.finding.LegalBasis;
import vn.congxa.finding.Severity;

/**
 * How soon after it is issued an item must be published: the field holding the issue date, the limit in working
 * days (Monday to Friday; public holidays are not counted out), the severity of a late item, and the basis.
 */
public record Deadline(String from, int workingDays, Severity severity, Optional<LegalBasis> basis) {
}
