package vn.congxa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import vn.congxa.bake.BakeResult;
import vn.congxa.bake.Baker;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Checker;
import vn.congxa.check.Commune;
import vn.congxa.check.Overseer;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.report.Evaluation;
import vn.congxa.report.RubricLoader;
import vn.congxa.site.Inputs;
import vn.congxa.site.OutputFolder;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;
import vn.congxa.work.Parallel;

/**
 * One build of the selected communes into an output folder, shared by {@code build} and {@code serve}: read and check,
 * bake each commune (on several threads, each commune on one), then swap the new sites in only when nothing failed.
 */
final class SiteBuild {

    /** A commune's share of the build: baked now, or kept from the previous build because its inputs are the same. */
    record Done(Commune commune, Optional<BakeResult> baked) {
    }

    /** Told of each commune as it is done, in the order they finish, always on the thread that runs the build. */
    interface Progress {
        void started(int communes);

        void done(int count, int communes, Done done);

        void finished();
    }

    /**
     * What a build did. {@code written} is false when an error stopped it: the previous output is then untouched.
     *
     * @param done every selected commune, in the order of their folders (whatever order the threads finished in)
     */
    record Outcome(List<Finding> findings, List<Done> done, Optional<Evaluation> evaluation, boolean written, Duration time) {

        int baked() {
            return (int) done.stream().filter(d -> d.baked().isPresent()).count();
        }

        int pages() {
            return done.stream().flatMap(d -> d.baked().stream()).mapToInt(BakeResult::pages).sum();
        }
    }

    private SiteBuild() {
    }

    /** @param drafts whether drafts are published (only in the editor's preview) */
    static Outcome run(Options options, Selection selection, Path output, Checker.Drafts drafts, Progress progress,
                       CommandLine commandLine) throws IOException {
        long start = System.nanoTime();
        Path root = options.repository.root;
        options.requireEpoch(commandLine); // a bad SOURCE_DATE_EPOCH is the user's to fix, before any work
        OutputFolder.recover(output);
        ProfileLoader.Loaded loaded = ProfileLoader.load(root);
        List<String> settings = List.of(options.today().toString(), LawOptions.sourceDateEpoch().map(String::valueOf).orElse(""),
                drafts.name());
        Map<String, String> digests = digests(root, selection, settings);
        // The sites the previous build wrote from the same inputs are kept: their bodies are read for the checks alone.
        Set<String> kept = OutputFolder.current(output, digests);
        CheckResult checked = Pipeline.check(options, selection, drafts, loaded, kept, commandLine);
        List<Finding> findings = new ArrayList<>(checked.findings());
        if (checked.hasErrors()) {
            return new Outcome(findings, List.of(), Optional.empty(), false, since(start));
        }
        Baker baker = new Baker(root);
        try (OutputFolder folder = OutputFolder.prepare(output)) {
            List<Done> done = bakeAll(checked.communes(), checked.overseer(), folder, digests, kept, options, baker,
                    options.jobs(commandLine), progress);
            done.forEach(d -> d.baked().ifPresent(result -> findings.addAll(result.findings())));
            Optional<Evaluation> evaluation = Optional.empty();
            if (selection.all()) {
                // The hub and the yearly report cover every commune, so only a build of every commune writes them.
                if (RubricLoader.exists(root)) {
                    evaluation = Reporting.evaluate(options, selection, loaded, checked, options.today().getYear(), findings, commandLine)
                            .map(Reporting.Reported::evaluation);
                }
                findings.addAll(baker.bakeHub(checked.communes(), checked.overseer(), evaluation, folder.staging()).findings());
            }
            if (findings.stream().noneMatch(Finding::isError)) {
                findings.addAll(clashes(folder));
            }
            if (findings.stream().anyMatch(Finding::isError)) {
                return new Outcome(findings, done, evaluation, false, since(start)); // the staging folder is removed
            }
            Optional<Instant> epoch = LawOptions.sourceDateEpoch();
            if (epoch.isPresent()) {
                folder.stampModificationTimes(epoch.get());
            }
            folder.publish(selection.all() ? OutputFolder.Scope.WHOLE : OutputFolder.Scope.STAGED, kept);
            return new Outcome(findings, done, evaluation, true, since(start));
        }
    }

    /** An entry of the output that congxa did not write is never replaced: the build stops and says which. */
    static List<Finding> clashes(OutputFolder folder) throws IOException {
        return folder.clashes().stream()
                .map(name -> Finding.error(folder.output().resolve(name).toString(), 0, "output-clash", Message.of("output.clash", name)))
                .toList();
    }

    /** The digest of each selected commune's inputs (see {@link Inputs}), by slug. */
    private static Map<String, String> digests(Path root, Selection selection, List<String> settings) {
        Inputs inputs = new Inputs(root);
        Map<String, String> digests = new java.util.TreeMap<>();
        for (String slug : selection.slugs()) {
            try {
                digests.put(slug, inputs.of(root, vn.congxa.content.Repository.COMMUNES + "/" + slug, settings));
            } catch (UncheckedIOException e) {
                // A file that cannot be read is the check's to report, on its path: this commune is simply not kept.
                digests.put(slug, "unreadable " + java.util.UUID.randomUUID());
            }
        }
        return digests;
    }

    private static List<Done> bakeAll(List<Commune> communes, Optional<Overseer> overseer, OutputFolder folder, Map<String, String> digests,
                                      Set<String> kept, Options options, Baker baker, int jobs, Progress progress) throws IOException {
        progress.started(communes.size());
        try {
            // Progress is told on this thread, as each commune is done: the workers share nothing.
            return Parallel.map(communes, jobs, commune -> bakeOne(commune, overseer, folder, digests, kept, options, baker),
                    (count, done) -> progress.done(count, communes.size(), done));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            progress.finished();
        }
    }

    /** A commune whose inputs are those of the previous build keeps the site that build wrote; the others are baked. */
    private static Done bakeOne(Commune commune, Optional<Overseer> overseer, OutputFolder folder, Map<String, String> digests,
                                Set<String> kept, Options options, Baker baker) {
        try {
            if (kept.contains(commune.slug())) {
                return new Done(commune, Optional.empty());
            }
            Site site = SitePlanner.plan(commune, overseer, options.today());
            BakeResult result = baker.bake(site, folder.staging().resolve(commune.slug()));
            folder.stamp(commune.slug(), digests.get(commune.slug()));
            return new Done(commune, Optional.of(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
