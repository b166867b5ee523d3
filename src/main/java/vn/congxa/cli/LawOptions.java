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

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Ngày dùng làm \"hôm nay\": xét hạn cập nhật và chọn hồ sơ có hiệu lực vào ngày đó (mặc định: hôm nay).")
    LocalDate asOf;

    @Option(names = "--profile", paramLabel = "MÃ",
            description = "Dùng hồ sơ có mã này (xem lệnh sections) thay cho hồ sơ có hiệu lực vào ngày --as-of.")
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
        if (profile != null && loaded.profiles().stream().noneMatch(p -> p.id().equals(profile))) {
            throw new CommandLine.ParameterException(commandLine, Message.of("profile.unknown-id", profile,
                    loaded.profiles().stream().map(Profile::id).collect(java.util.stream.Collectors.joining(", "))).render(lang));
        }
        return loaded.governing(today(), Optional.ofNullable(profile), findings);
    }

    /** {@code SOURCE_DATE_EPOCH}, the reproducible-builds convention: seconds since 1970-01-01 UTC. */
    static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH=" + value);
        }
    }

    /** A bad {@code SOURCE_DATE_EPOCH} is the user's to fix: a usage error, before any work. */
    void validate(CommandLine commandLine, vn.congxa.finding.Lang lang) {
        try {
            today();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, Message.of("cli.bad-epoch", System.getenv("SOURCE_DATE_EPOCH")).render(lang));
        }
    }
}
