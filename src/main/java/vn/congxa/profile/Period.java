package vn.congxa.profile;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a profile is in force: from its first day to its last, open-ended while no later text replaces it.
 * A profile that declares no period is in force on every day (a repository with a single profile).
 */
public record Period(LocalDate from, Optional<LocalDate> until) {

    public static final Period ALWAYS = new Period(LocalDate.MIN, Optional.empty());
    /** How days are written for people: 01/07/2026. */

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && until.map(last -> !day.isAfter(last)).orElse(true);
    }

    public boolean overlaps(Period other) {
        return !lastDay().isBefore(other.from) && !other.lastDay().isBefore(from);
    }

    /** The last day in force; {@link LocalDate#MAX} while open-ended. */
    public LocalDate lastDay() {
        return until.orElse(LocalDate.MAX);
    }

    /** The period as "01/07/2026 – 30/06/2027" ("… –" open-ended), for lists of profiles in findings. */
    public String describe() {
        String start = bounded() ? from.format(vn.congxa.text.Vietnamese.DAY) : "…";
        return start + " – " + until.map(d -> d.format(vn.congxa.text.Vietnamese.DAY)).orElse("…");
    }

    public boolean bounded() {
        return !from.equals(LocalDate.MIN);
    }
}
