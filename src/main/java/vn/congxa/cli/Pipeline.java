package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import vn.congxa.bake.TemplateFields;
import vn.congxa.check.CheckResult;
import vn.congxa.check.ReadBodies;
import vn.congxa.check.Checker;
import vn.congxa.check.History;
import vn.congxa.check.Overseer;
import vn.congxa.profile.Profile;
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

    /** The profile governing the options' day, with the kinds; when there is none, its findings are printed instead. */
    static Optional<Governed> governing(RepositoryOptions repository, LawOptions law, CommandLine commandLine) {
        law.requireEpoch(commandLine, repository.lang);
        return usableProfile(repository, commandLine).flatMap(loaded -> {
            List<Finding> problems = new ArrayList<>();
            Optional<vn.congxa.profile.Profile> profile = law.governing(loaded, problems, commandLine, repository.lang);
            if (profile.isEmpty()) {
                FindingFormat.TEXT.print(problems, repository.lang, commandLine.getOut());
                commandLine.getOut().flush();
            }
            return profile.map(p -> new Governed(loaded, p));
        });
    }

    /** The profiles and kinds as loaded, and the one that governs the command's day. */
    record Governed(ProfileLoader.Loaded loaded, vn.congxa.profile.Profile profile) {
        vn.congxa.profile.Kinds kinds() {
            return loaded.kinds().orElseThrow();
        }
    }

    /** Reads and checks every commune the options select. */
    static CheckResult check(Options options, CommandLine commandLine) {
        return check(options, select(options, commandLine), Checker.Drafts.LEFT_OUT, ProfileLoader.load(options.repository.root),
                Set.of(), commandLine);
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

    /**
     * Reads and checks the selected communes.
     *
     * @param loaded the repository's profiles, loaded once for the command: a build's report reads them too
     * @param kept   the communes whose sites are kept from the previous build: their bodies are not rendered
     */
    static CheckResult check(Options options, Selection selection, Checker.Drafts drafts, ProfileLoader.Loaded loaded,
                             Set<String> kept, CommandLine commandLine) {
        options.requireEpoch(commandLine);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        if (!loaded.usable()) {
            return new CheckResult(findings, List.of(), Optional.empty());
        }
        findings.addAll(TemplateFields.check(options.repository.root, loaded.kinds().orElseThrow()));
        Optional<Profile> profile = options.law.governing(loaded, findings, commandLine, options.repository.lang);
        if (profile.isEmpty()) {
            return new CheckResult(findings, List.of(), Optional.empty());
        }
        return check(options, selection, drafts, loaded, profile.get(), options.today(), findings, Optional.empty(), kept, commandLine);
    }

    /**
     * Reads and checks the selected communes under one profile, as of one day.
     *
     * @param earlier a check of the same repository made before: this one checks it again as it stood on {@code asOf}
     *                (items dated later left out), as a report checks a past period, reusing what that one read
     */
    static CheckResult check(Options options, Selection selection, Checker.Drafts drafts, ProfileLoader.Loaded loaded, Profile profile,
                             LocalDate asOf, List<Finding> before, Optional<CheckResult> earlier, Set<String> kept,
                             CommandLine commandLine) {
        List<Finding> findings = new ArrayList<>(before);
        Path root = options.repository.root;
        Optional<Overseer> overseer = Overseer.read(root, loaded.kinds().orElseThrow(), profile, findings);
        findings.addAll(RepositoryReader.symlinkedCommunes(root));
        if (RepositoryReader.communeSlugs(root).isEmpty()) {
            findings.add(Finding.error(Repository.COMMUNES, 0, "no-communes", Message.of("cli.no-communes")));
            return new CheckResult(findings, List.of(), overseer);
        }
        if (selection.slugs().isEmpty()) {
            return new CheckResult(findings, List.of(), overseer); // nothing touched: nothing to check
        }
        int jobs = options.jobs(commandLine);
        Repository read = earlier.flatMap(CheckResult::read).orElseGet(() -> RepositoryReader.read(root, selection.slugs(), jobs));
        Repository repository = earlier.isPresent() ? read.asItStood(asOf) : read;
        CheckResult result = Checker.check(repository, profile, loaded.kinds().orElseThrow(), overseer, asOf, drafts, jobs,
                () -> history(root), earlier.map(CheckResult::bodies).orElse(ReadBodies.NONE), kept);
        return result.after(findings, Optional.of(read));
    }
}
