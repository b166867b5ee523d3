package vn.congxa.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;

/** The day a command works "as of", and so the law that governs it: the profile in force that day, or a named one. */
final class LawOptions {

    /** 9999-12-31T23:59:59Z, the last second of the last year {@code --as-of} can name. */
    private static final long LAST_EPOCH_SECOND = 253_402_300_799L;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DayConverter.class)
    LocalDate asOf;

    @Option(names = "--profile", paramLabel = "${bundle:label.profile}")
    String profile;

    /**
     * "Today" for the freshness rules: {@code --as-of}, else the day of {@code SOURCE_DATE_EPOCH} (UTC) so that a
     * reproducible build needs no option, else the clock.
     */
    LocalDate today() {
        if (asOf != null) {
            return asOf;
        }
        return sourceDateEpoch().map(instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC)).orElseGet(LocalDate::now);
    }

    /**
     * The profile that governs {@link #today()}; when none is in force, the finding that says so is added. A
     * {@code --profile} that names no profile is the user's typing: a usage error, listing the profiles there are.
     */
    Optional<Profile> governing(ProfileLoader.Loaded loaded, List<Finding> findings, CommandLine commandLine, vn.congxa.finding.Lang lang) {
        if (profile == null) {
            return loaded.inForce(today(), findings);
        }
        return Optional.of(loaded.byId(profile).orElseThrow(() -> new UsageError(commandLine, lang, "profile.unknown-id", profile,
                loaded.profiles().stream().map(Profile::id).collect(java.util.stream.Collectors.joining(", ")))));
    }

    /**
     * {@code SOURCE_DATE_EPOCH}, the reproducible-builds convention: seconds since 1970-01-01 UTC, up to the last
     * second of year 9999 as for {@code --as-of}.
     *
     * @throws IllegalArgumentException when it is set to anything else
     */
    static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!value.strip().matches("\\d{1,12}") || Long.parseLong(value.strip()) > LAST_EPOCH_SECOND) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    }

    /** A bad {@code SOURCE_DATE_EPOCH} is the user's to fix: a usage error, before any work. */
    void requireEpoch(CommandLine commandLine, vn.congxa.finding.Lang lang) {
        try {
            sourceDateEpoch();
        } catch (IllegalArgumentException e) {
            throw new UsageError(commandLine, lang, "cli.bad-epoch", System.getenv("SOURCE_DATE_EPOCH"));
        }
    }

    /**
     * A day written YYYY-MM-DD that the calendar has. Stricter than ISO, which also reads "+10000-01-01": a year of
     * four digits keeps every date computed from it in range.
     */
    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new CommandLine.TypeConversionException(value);
            }
            try {
                return LocalDate.parse(value);
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.TypeConversionException(value);
            }
        }
    }
}
