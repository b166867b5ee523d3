package vn.congxa.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.congxa.bake.BakeResult;
import vn.congxa.bake.Baker;
import vn.congxa.check.Checker;
import vn.congxa.check.Commune;
import vn.congxa.check.Overseer;
import vn.congxa.check.ReadBodies;
import vn.congxa.content.CommuneSource;
import vn.congxa.content.RepositoryReader;
import vn.congxa.finding.Finding;
import vn.congxa.report.UnitCheck;
import vn.congxa.search.SearchIndex;
import vn.congxa.site.SitePlanner;
import vn.congxa.work.Parallel;

/**
 * The selected units of a repository, each on its own: read, checked under each of the run's passes (the law in force
 * on the command's day, then each earlier period of the yearly report), handed to the caller (a build bakes it), and
 * dropped. Only its summary is kept, so memory does not grow with the province. A unit the caller remembers from an
 * earlier run (the build cache) is not read at all.
 */
final class ProvinceRun {

    /**
     * One check of every unit: under a profile as of a day. A past period's sees each unit as it stood on its last day:
     * items dated later are left out.
     */
    record Pass(Checker checker, String profile, LocalDate asOf, Optional<LocalDate> stoodOn) {
        /** What tells two passes apart: a unit's summary under one is only good for the same. */
        String key() {
            return profile + "@" + asOf + stoodOn.map(day -> " as it stood").orElse("");
        }
    }

    /**
     * What is kept of one unit.
     *
     * @param findings   its own findings under the first pass: the reader's, then the checks'
     * @param facts      what the hub lists of it, as of the first pass
     * @param listed     what the hub's search finds of it, as of the first pass, when the caller bakes
     * @param checks     its summary under each pass, in the passes' order
     * @param baked      its site, when the caller baked it
     * @param remembered whether it came from the caller's memory rather than from its files
     */
    record Unit(String slug, String name, List<Finding> findings, Map<String, String> facts, List<SearchIndex.Document> listed,
                List<UnitCheck> checks, Optional<BakeResult> baked, boolean remembered) {
        Unit {
            findings = List.copyOf(findings);
            listed = List.copyOf(listed);
            facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
            checks = List.copyOf(checks);
        }
    }

    /** What the caller does with a unit checked under the first pass: bake it, or nothing. */
    interface Baking {
        Baking NONE = (checked, findings, spread) -> Optional.empty();

        /**
         * @param findings the unit's own findings, the reader's included
         * @param spread   whether the other cores are idle, for the bake to spread its work over them
         */
        Optional<BakeResult> bake(Checker.Checked checked, List<Finding> findings, boolean spread);
    }

    /** What the hub's search finds of a unit with no error, checked under the first pass (see {@link SearchIndex#listed}). */
    interface Listing {
        Listing NONE = commune -> List.of();

        List<SearchIndex.Document> of(Commune commune);

        /** The items of the unit's site as planned on {@code day}. */
        static Listing planned(Optional<Overseer> overseer, LocalDate day) {
            return commune -> SearchIndex.listed(SitePlanner.plan(commune, overseer, day));
        }
    }

    private final RepositoryReader reader;
    private final List<Pass> passes;
    private final Map<String, Unit> remembered;
    private final Predicate<String> rendered;
    private final Baking baking;
    private final Listing listing;

    /**
     * @param passes     at least one; the first is the one the hub lists and the build bakes
     * @param remembered units not to read again, by slug
     * @param rendered   the units whose bodies are rendered for their pages; the others' are read for the checks alone
     */
    ProvinceRun(RepositoryReader reader, List<Pass> passes, Map<String, Unit> remembered, Predicate<String> rendered, Baking baking,
                Listing listing) {
        if (passes.isEmpty()) {
            throw new IllegalArgumentException("a run checks under one pass at least");
        }
        this.reader = reader;
        this.passes = List.copyOf(passes);
        this.remembered = Map.copyOf(remembered);
        this.rendered = rendered;
        this.baking = baking;
        this.listing = listing;
    }

    /** Every unit, on at most {@code jobs} threads; {@code done} hears of each as it is done. The units in the slugs' order. */
    List<Unit> run(List<String> slugs, int jobs, Parallel.Done<Unit> done) {
        // With fewer units to read than threads (an edit), each spreads the reading of its bodies over the idle cores.
        boolean spread = slugs.stream().filter(slug -> !remembered.containsKey(slug)).count() < jobs;
        return Parallel.map(slugs, jobs, slug -> unit(slug, spread), done);
    }

    private Unit unit(String slug, boolean spread) {
        Unit known = remembered.get(slug);
        if (known != null) {
            return known;
        }
        RepositoryReader.Read<CommuneSource> read = reader.commune(slug);
        List<UnitCheck> checks = new ArrayList<>();
        Checker.Checked first = null;
        List<Finding> firstFindings = List.of();
        ReadBodies bodies = spread ? passes.get(0).checker().bodiesInParallel(read.value().tree(), rendered.test(slug)) : ReadBodies.NONE;
        for (Pass pass : passes) {
            CommuneSource source = pass.stoodOn().map(read.value()::asItStood).orElse(read.value());
            Checker.Checked checked = pass.checker().commune(source, first == null && rendered.test(slug), bodies);
            List<Finding> own = new ArrayList<>(read.findings());
            own.addAll(checked.findings());
            checks.add(UnitCheck.of(checked.commune(), own));
            if (first == null) {
                first = checked;
                firstFindings = own;
                bodies = checked.bodies(); // the later passes read the same files
            }
        }
        Optional<BakeResult> baked = baking.bake(first, firstFindings, spread);
        List<SearchIndex.Document> listed = firstFindings.stream().anyMatch(Finding::isError) ? List.of() : listing.of(first.commune());
        return new Unit(slug, first.commune().name(), firstFindings, Baker.unitFacts(first.commune()), listed, checks, baked, false);
    }
}
