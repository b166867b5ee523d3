package vn.congxa.text;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Vietnamese readers write what congxa shows them, defined once: days as {@code dd/MM/yyyy}, a day with its
 * weekday, sizes with a decimal comma, and the order of words in the dictionary.
 */
public final class Vietnamese {

    public static final Locale LOCALE = Locale.forLanguageTag("vi");
    /** 01/07/2026: every date a reader or an editor sees. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** "Thứ Tư, 02/12/2026": a day in a schedule. */
    public static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", LOCALE);
    private static final Collator COLLATOR = Collator.getInstance(LOCALE);

    private Vietnamese() {
    }

    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    /**
     * A collator of its own for the caller: comparisons on one are synchronized, and pages, plans and reports are made
     * on several threads.
     */
    public static Collator collator() {
        return (Collator) COLLATOR.clone();
    }

    /** "245 KB", "1,2 MB": sizes as Vietnamese readers write them. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(LOCALE, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
