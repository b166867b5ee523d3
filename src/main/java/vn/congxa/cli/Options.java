package vn.congxa.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.FindingFormat;

/** Options of the commands that check content ({@code check}, {@code build}…); their help is in the catalogue's help.* texts. */
final class Options {

    /** 9999-12-31T23:59:59Z, the last second of the last year {@code --as-of} can name. */
    private static final long LAST_EPOCH_SECOND = 253_402_300_799L;

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--commune", paramLabel = "${bundle:label.commune}")
    List<String> communes = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "i/n")
    String shard;

    @Option(names = "--changed-since", paramLabel = "REF")
    String changedSince;

    @Option(names = "--format", paramLabel = "text|github|json", defaultValue = "text")
    FindingFormat format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    Integer jobs;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DayConverter.class)
    LocalDate asOf;

    /** How many communes are processed at once: {@code --jobs}, else one per core. */
    int jobs(CommandLine commandLine) {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1) {
            throw new UsageError(commandLine, repository.lang, "cli.bad-jobs", jobs);
        }
        return jobs;
    }

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

    /** Refuses a {@code SOURCE_DATE_EPOCH} that is not a time, before a command does anything. */
    void requireEpoch(CommandLine commandLine) {
        try {
            sourceDateEpoch();
        } catch (IllegalArgumentException e) {
            throw new UsageError(commandLine, repository.lang, "cli.bad-epoch", System.getenv("SOURCE_DATE_EPOCH"));
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
