package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import vn.congxa.bake.TemplateFields;
import vn.congxa.check.CheckResult;
import vn.congxa.check.ReadBodies;
import vn.congxa.check.Checker;
import vn.congxa.check.History;
import vn.congxa.check.Overseer;
import vn.congxa.cms.Editor;
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

    /** The law a check is made under: the profiles and kinds, the profile governing the command's day, the overseeing unit. */
    record Checking(ProfileLoader.Loaded loaded, Profile profile, Optional<Overseer> overseer, Optional<Editor.Settings> editor) {
        vn.congxa.profile.Kinds kinds() {
            return loaded.kinds().orElseThrow();
        }
    }

    /** Reads and checks every commune the options select. */
    static CheckResult check(Options options, CommandLine commandLine) {
        Selection selection = select(options, commandLine);
        ProfileLoader.Loaded loaded = ProfileLoader.load(options.repository.root);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Optional<Checking> checking = checking(options, loaded, findings, commandLine);
        if (checking.isEmpty() || selection.slugs().isEmpty()) {
            // Nothing to check (no commune was touched), or nothing to check under.
            return new CheckResult(findings, List.of(), checking.flatMap(Checking::overseer));
        }
        Path root = options.repository.root;
        Repository read = RepositoryReader.read(root, selection.slugs(), options.jobs(commandLine));
        return Checker.check(read, checking.get().profile(), checking.get().kinds(), checking.get().overseer(), options.today(),
                Checker.Drafts.LEFT_OUT, options.jobs(commandLine), () -> history(root), ReadBodies.NONE).after(findings);
    }

    /**
     * What every check of the options' day starts from: the profiles usable, the templates naming known fields, the
     * profile in force, the overseeing unit, and communes to check. Empty when one is missing: {@code findings} then
     * says why.
     *
     * @param findings receives the problems of each, in that order
     */
    static Optional<Checking> checking(Options options, ProfileLoader.Loaded loaded, List<Finding> findings, CommandLine commandLine) {
        options.requireEpoch(commandLine);
        if (!loaded.usable()) {
            return Optional.empty();
        }
        Path root = options.repository.root;
        findings.addAll(TemplateFields.check(root, loaded.kinds().orElseThrow()));
        Optional<Profile> profile = options.law.governing(loaded, findings, commandLine, options.repository.lang);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Optional<Overseer> overseer = Overseer.read(root, loaded.kinds().orElseThrow(), profile.get(), findings);
        Optional<Editor.Settings> editor = Editor.settings(root, findings);
        findings.addAll(RepositoryReader.symlinkedCommunes(root));
        if (RepositoryReader.communeSlugs(root).isEmpty()) {
            findings.add(Finding.error(Repository.COMMUNES, 0, "no-communes", Message.of("cli.no-communes")));
            return Optional.empty();
        }
        return Optional.of(new Checking(loaded, profile.get(), overseer, editor));
    }

    /** The communes the options select (see {@link Selection}); an unknown commune or a bad option is refused. */
    static Selection select(Options options, CommandLine commandLine) {
        return Selection.of(options, RepositoryReader.communeSlugs(options.repository.root), commandLine);
    }

    /** The repository's git history, to tell which of two clashing files came later; none when it cannot be read. */
    static History history(Path root) {
        try {
            return FirstCommits.read(root).<History>map(commits -> commits).orElse(History.NONE);
        } catch (IOException e) {
            return History.NONE;
        }
    }
}
