package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Checker;
import vn.congxa.check.History;
import vn.congxa.content.Repository;
import vn.congxa.content.RepositoryReader;
import vn.congxa.finding.Finding;
import vn.congxa.finding.FindingFormat;
import vn.congxa.finding.Message;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.report.FirstCommits;

/** The first two stages, shared by {@code check} and {@code build}: read the profile and the content, then check. */
final class Pipeline {

    private Pipeline() {
    }

    /** The profile and kinds of a command that needs nothing else; a broken profile's findings are printed instead. */
    static Optional<ProfileLoader.Loaded> usableProfile(RepositoryOptions repository, CommandLine commandLine) {
        ProfileLoader.Loaded loaded = ProfileLoader.load(repository.root);
        if (loaded.usable()) {
            return Optional.of(loaded);
        }
        FindingFormat.TEXT.print(loaded.findings(), repository.lang, commandLine.getOut());
        commandLine.getOut().flush();
        return Optional.empty();
    }

    /** Reads and checks every commune the options select. */
    static CheckResult check(Options options, CommandLine commandLine) {
        return check(options, select(options, commandLine), Checker.Drafts.LEFT_OUT, commandLine);
    }

    /** The communes the options select (see {@link Selection}); an unknown commune or a bad option is refused. */
    static Selection select(Options options, CommandLine commandLine) {
        return Selection.of(options, RepositoryReader.communeSlugs(options.repository.root), commandLine);
    }

    /** The repository's git history, to tell which of two clashing files came later; none when it cannot be read. */
    private static History history(Path root) {
        try {
            return FirstCommits.read(root).<History>map(commits -> commits).orElse(History.NONE);
        } catch (IOException e) {
            return History.NONE;
        }
    }

    /** Reads and checks the selected communes. */
    static CheckResult check(Options options, Selection selection, Checker.Drafts drafts, CommandLine commandLine) {
        options.requireEpoch(commandLine);
        ProfileLoader.Loaded loaded = ProfileLoader.load(options.repository.root);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        if (!loaded.usable()) {
            return new CheckResult(findings, List.of());
        }
        findings.addAll(RepositoryReader.symlinkedCommunes(options.repository.root));
        if (RepositoryReader.communeSlugs(options.repository.root).isEmpty()) {
            findings.add(Finding.error(Repository.COMMUNES, 0, "no-communes", Message.of("cli.no-communes")));
            return new CheckResult(findings, List.of());
        }
        if (selection.slugs().isEmpty()) {
            return new CheckResult(findings, List.of()); // nothing touched: nothing to check
        }
        int jobs = options.jobs(commandLine);
        Repository repository = RepositoryReader.read(options.repository.root, selection.slugs(), jobs);
        CheckResult result = Checker.check(repository, loaded.profile().get(), loaded.kinds().get(), options.today(), drafts, jobs,
                () -> history(options.repository.root));
        findings.addAll(result.findings());
        return new CheckResult(findings, result.communes());
    }
}
