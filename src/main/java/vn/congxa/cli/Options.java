package vn.congxa.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.FindingFormat;

/** Options of the commands that check content ({@code check}, {@code build}…); their help is in the catalogue's help.* texts. */
final class Options {

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

    @Mixin
    LawOptions law = new LawOptions();

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

    /** "Today": see {@link LawOptions#today()}. */
    LocalDate today() {
        return law.today();
    }

    /** Refuses a {@code SOURCE_DATE_EPOCH} that is not a time, before a command does anything. */
    void requireEpoch(CommandLine commandLine) {
        law.requireEpoch(commandLine, repository.lang);
    }
}
