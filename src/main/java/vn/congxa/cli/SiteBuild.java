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
import vn.congxa.check.Checker;
import vn.congxa.check.Commune;
import vn.congxa.check.Overseer;
import vn.congxa.check.ReadBodies;
import vn.congxa.content.RepositoryReader;
import vn.congxa.content.SourceTree;
import vn.congxa.profile.Profile;
import vn.congxa.cms.Editor;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.report.Evaluation;
import vn.congxa.report.RubricLoader;
import vn.congxa.search.SearchIndex;
import vn.congxa.site.Inputs;
import vn.congxa.site.OutputFolder;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;
import vn.congxa.work.Parallel;

/**
 * One build of the selected communes into an output folder, shared by {@code build} and {@code serve}. Its stages, in
 * the order they run:
 * <ol>
 *   <li>the law: the profiles, the templates' fields, the profile in force, the shared content, the report's plan;</li>
 *   <li>each commune on its own, on several threads ({@link ProvinceRun}): recalled from the build cache when nothing
 *       it is made from changed; otherwise read, checked under the law in force and each period of the report, baked
 *       into the staging folder when it has no error, and dropped, keeping its summary;</li>
 *   <li>the rules that compare communes, the yearly report and the hub, from the summaries;</li>
 *   <li>only when nothing failed: the cache's entries, then the swap of the new sites in.</li>
 * </ol>
 */
final class SiteBuild {

    /** A commune done: baked (with what it made), or why not. */
    record Done(String slug, String name, Optional<BakeResult> baked, State state) {

        enum State {
            BAKED,
            /** Nothing it is made from changed since its site was last built. */
            KEPT,
            /** It has errors of its own. */
            REFUSED,
            /** The build has errors outside it (the shared content, the profile, the province's file): nothing is built. */
            HELD_BACK
        }

        /** @param bakes whether the build bakes at all (no error outside the communes) */
        static Done of(ProvinceRun.Unit unit, boolean bakes) {
            State state = unit.findings().stream().anyMatch(Finding::isError) ? State.REFUSED
                    : !bakes ? State.HELD_BACK : unit.baked().isPresent() ? State.BAKED : State.KEPT;
            return new Done(unit.slug(), unit.name(), unit.baked(), state);
        }
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
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Optional<Pipeline.Checking> checking = Pipeline.checking(options, loaded, findings, commandLine);
        if (checking.isEmpty()) {
            return new Outcome(sorted(findings), List.of(), Optional.empty(), false, since(start));
        }
        Profile law = checking.get().profile();
        // The hub and the yearly report cover every commune, so only a build of every commune writes them.
        List<Finding> reportFindings = new ArrayList<>();
        Optional<Reporting.Plan> plan = selection.all() && RubricLoader.exists(root)
                ? Reporting.plan(options, loaded, options.today().getYear(), reportFindings) : Optional.empty();

        RepositoryReader reader = RepositoryReader.at(root);
        RepositoryReader.Read<SourceTree> shared = reader.shared();
        findings.addAll(shared.findings());
        Checker current = Checker.prepare(shared.value(), law, checking.get().kinds(), checking.get().overseer(), options.today(), drafts,
                ReadBodies.NONE);
        findings.addAll(current.sharedFindings());
        ProvinceRun.Pass first = new ProvinceRun.Pass(current, law.id(), options.today(), Optional.empty());
        Reporting.Passes passes = plan.map(p -> Reporting.passes(p, Optional.of(first), shared.value(), loaded, root))
                .orElse(Reporting.Passes.only(first));
        int jobs = options.jobs(commandLine);
        findings.addAll(Checker.acrossCommunes(reader.configs(jobs), Set.copyOf(selection.slugs()), () -> Pipeline.history(root)));
        Optional<Editor> editor = checking.get().editor().flatMap(settings -> Editor.of(settings, checking.get().kinds(), findings));
        boolean bakes = findings.stream().noneMatch(Finding::isError) && reportFindings.stream().noneMatch(Finding::isError);

        Map<String, String> digests = digests(root, selection, List.of(options.today().toString(),
                LawOptions.sourceDateEpoch().map(String::valueOf).orElse(""), drafts.name(), String.valueOf(options.law.profile)), jobs);
        // The sites the previous build wrote from the same inputs are kept; the cache says what was found in them.
        Set<String> kept = OutputFolder.current(output, digests);
        BuildCache cache = BuildCache.of(output);
        Map<String, ProvinceRun.Unit> remembered = cache.recall(kept, digests, passes.keys(), jobs);
        Baker baker = new Baker(root, editor);
        try (OutputFolder folder = OutputFolder.prepare(output)) {
            ProvinceRun.Baking baking = bakes ? (checked, own, spread) -> bake(checked, own, spread, kept, folder, digests, options,
                    baker, checking.get().overseer())
                    : ProvinceRun.Baking.NONE;
            ProvinceRun.Listing listing = bakes ? ProvinceRun.Listing.planned(checking.get().overseer(), options.today()) : ProvinceRun.Listing.NONE;
            // Bodies of a kept site are read for their checks alone.
            ProvinceRun run = new ProvinceRun(reader, passes.passes(), remembered, slug -> bakes && !kept.contains(slug), baking, listing);
            List<ProvinceRun.Unit> units = runAll(run, selection.slugs(), jobs, bakes, progress);
            List<Done> done = units.stream().map(unit -> Done.of(unit, bakes)).toList();
            units.forEach(unit -> findings.addAll(unit.findings()));
            List<Finding> all = sorted(findings);
            if (all.stream().anyMatch(Finding::isError)) {
                return new Outcome(all, done, Optional.empty(), false, since(start)); // the staging folder is removed
            }
            units.forEach(unit -> unit.baked().ifPresent(result -> all.addAll(result.findings())));
            all.addAll(reportFindings);
            Optional<Evaluation> evaluation = plan.map(p -> Reporting.evaluate(p, passes, units, root, all));
            if (selection.all()) {
                all.addAll(baker.bakeHub(units.stream().map(ProvinceRun.Unit::facts).toList(),
                        Optional.of(SearchIndex.across(units.stream().map(ProvinceRun.Unit::listed).toList())), law, checking.get().overseer(), evaluation,
                        folder.staging()).findings());
            }
            if (all.stream().noneMatch(Finding::isError)) {
                all.addAll(clashes(folder));
            }
            if (all.stream().anyMatch(Finding::isError)) {
                return new Outcome(all, done, evaluation, false, since(start)); // the staging folder is removed
            }
            Optional<Instant> epoch = LawOptions.sourceDateEpoch();
            if (epoch.isPresent()) {
                folder.stampModificationTimes(epoch.get());
            }
            cache.write(units, digests, passes.keys(), selection.all() ? Optional.of(Set.copyOf(selection.slugs())) : Optional.empty(), epoch);
            folder.publish(selection.all() ? OutputFolder.Scope.WHOLE : OutputFolder.Scope.STAGED, kept);
            return new Outcome(all, done, evaluation, true, since(start));
        }
    }

    /** An entry of the output that congxa did not write is never replaced: the build stops and says which. */
    static List<Finding> clashes(OutputFolder folder) throws IOException {
        return folder.clashes().stream()
                .map(name -> Finding.error(folder.output().resolve(name).toString(), 0, "output-clash", Message.of("output.clash", name)))
                .toList();
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return new ArrayList<>(findings.stream().sorted(Finding.ORDER).toList());
    }

    /** The digest of each selected commune's inputs (see {@link Inputs}), by slug, hashed on {@code jobs} threads. */
    private static Map<String, String> digests(Path root, Selection selection, List<String> settings, int jobs) {
        Inputs inputs = new Inputs(root);
        List<String> digests = Parallel.map(selection.slugs(), jobs, slug -> {
            try {
                return inputs.of(root, vn.congxa.content.Repository.COMMUNES + "/" + slug, settings);
            } catch (UncheckedIOException e) {
                // A file that cannot be read is the check's to report, on its path: this commune is simply not kept.
                return "unreadable " + java.util.UUID.randomUUID();
            }
        });
        Map<String, String> bySlug = new java.util.TreeMap<>();
        for (int i = 0; i < digests.size(); i++) {
            bySlug.put(selection.slugs().get(i), digests.get(i));
        }
        return bySlug;
    }

    private static List<ProvinceRun.Unit> runAll(ProvinceRun run, List<String> slugs, int jobs, boolean bakes, Progress progress)
            throws IOException {
        progress.started(slugs.size());
        try {
            // Progress is told on this thread, as each commune is done: the workers share nothing.
            return run.run(slugs, jobs, (count, unit) -> progress.done(count, slugs.size(), Done.of(unit, bakes)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            progress.finished();
        }
    }

    /**
     * A commune with no error is baked into the staging folder, unless its inputs are those of the previous build: it
     * then keeps the site that build wrote.
     */
    private static Optional<BakeResult> bake(Checker.Checked checked, List<Finding> own, boolean spread, Set<String> kept,
                                             OutputFolder folder, Map<String, String> digests, Options options, Baker baker,
                                             Optional<Overseer> overseer) {
        Commune commune = checked.commune();
        if (kept.contains(commune.slug()) || own.stream().anyMatch(Finding::isError)) {
            return Optional.empty();
        }
        try {
            Site site = SitePlanner.plan(commune, overseer, options.today());
            BakeResult result = baker.bake(site, folder.staging().resolve(commune.slug()), spread);
            folder.stamp(commune.slug(), digests.get(commune.slug()));
            return Optional.of(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
