package vn.congxa.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congxa.content.Asset;
import vn.congxa.content.CommuneSource;
import vn.congxa.content.Item;
import vn.congxa.content.Repository;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.work.Parallel;
import vn.congxa.finding.Severity;
import vn.congxa.field.FieldReader;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.Values;
import vn.congxa.markdown.Body;
import vn.congxa.markdown.Markdown;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.Section;
import vn.congxa.yaml.YNode;

/**
 * Runs every rule over a repository that has been read, and returns all findings at once together with the
 * communes, checked and typed, that the bake stage renders.
 */
public final class Checker {

    private final Profile profile;
    private final Kinds kinds;
    private final LocalDate asOf;
    private final Drafts drafts;
    private final int jobs;
    /** Bodies an earlier check of the same repository read: not read again. */
    private final ReadBodies known;
    /** The communes whose sites are kept from the previous build: their bodies are read for the checks alone. */
    private final Set<String> kept;
    private final Optional<Overseer> overseer;

    /** Whether drafts reach the site: never in a build, shown (and marked as drafts) in the editor's preview. */
    public enum Drafts { LEFT_OUT, SHOWN }

    /** A commune checked on one thread, with the findings of that commune alone. */
    private record Checked(Commune commune, List<Finding> findings, Map<String, Body> bodies) {
    }

    /** What every commune shares, checked once before the communes. */
    private record Shared(SourceTree tree, List<Entry> entries) {
    }

    private Checker(Profile profile, Kinds kinds, Optional<Overseer> overseer, LocalDate asOf, Drafts drafts, int jobs, ReadBodies known,
                    Set<String> kept) {
        this.known = known;
        this.kept = Set.copyOf(kept);
        this.overseer = overseer;
        this.profile = profile;
        this.kinds = kinds;
        this.asOf = asOf;
        this.drafts = drafts;
        this.jobs = jobs;
    }

    /**
     * @param asOf "today" for the freshness rules; a parameter so that builds are reproducible
     * @param drafts whether the communes returned publish their drafts
     * @param jobs how many communes are checked at once
     * @param history read only when two communes conflict, to blame the one that came later
     * @param known   the bodies an earlier check of the same repository read ({@link ReadBodies#NONE} for none)
     * @param kept    the communes whose sites the build keeps from the previous one, written from the same files: their
     *                bodies are read for the checks, not rendered again
     */
    public static CheckResult check(Repository repository, Profile profile, Kinds kinds, Optional<Overseer> overseer, LocalDate asOf,
                                    Drafts drafts, int jobs, Supplier<History> history, ReadBodies known, Set<String> kept) {
        return new Checker(profile, kinds, overseer, asOf, drafts, jobs, known, kept).run(repository, history);
    }

    private CheckResult run(Repository repository, Supplier<History> history) {
        List<Finding> findings = new ArrayList<>(repository.findings());
        SourceTree sharedTree = repository.shared();
        Map<String, Body> sharedBodies = bodies(sharedTree, true);
        check(new Scope(sharedTree, sharedBodies, List.of(sharedTree), profile, asOf, Optional.empty()), findings);
        Shared shared = new Shared(sharedTree, entries(sharedTree, sharedBodies, profile, assetPaths(sharedTree), findings));
        // Each commune's findings are its own, joined in the communes' order whatever order the threads finish in.
        List<Checked> checked = Parallel.map(repository.communes(), jobs, source -> commune(source, shared));
        checked.forEach(c -> findings.addAll(c.findings()));
        Set<String> selected = repository.communes().stream().map(CommuneSource::slug).collect(Collectors.toSet());
        BaseUrlRule.check(repository.configs(), selected, history, findings);
        Map<String, Body> read = new HashMap<>(sharedBodies);
        checked.forEach(c -> read.putAll(c.bodies()));
        // What was read from the disk is the caller's to pass on (it may have given a filtered view of it); the bodies are ours.
        return new CheckResult(findings, checked.stream().map(Checked::commune).toList(), overseer, Optional.empty(),
                new ReadBodies(profile.rawHtml(), read));
    }

    /** Reads a commune (its configuration, then its items' values), then runs every rule on it. */
    private Checked commune(CommuneSource source, Shared shared) {
        List<Finding> findings = new ArrayList<>();
        SourceTree tree = source.tree();
        Map<String, Body> bodies = bodies(tree, !kept.contains(source.slug()));
        CommuneConfigRule.Config config = CommuneConfigRule.check(source, profile, kinds, overseer, findings);
        Profile menu = profile.withOwnSections(config.ownSections());
        // A commune's file at the same path as a shared one replaces it.
        List<Entry> own = entries(tree, bodies, menu, assetPaths(tree), findings);
        Set<String> overridden = own.stream().map(e -> e.item().sitePath()).collect(Collectors.toSet());
        List<Entry> all = Stream.concat(shared.entries().stream().filter(e -> !overridden.contains(e.item().sitePath())), own.stream())
                .toList();
        Map<String, Asset> assets = new LinkedHashMap<>();
        shared.tree().assets().forEach(a -> assets.put(a.sitePath(), a));
        tree.assets().forEach(a -> assets.put(a.sitePath(), a));
        List<Entry> published = all.stream().filter(e -> drafts == Drafts.SHOWN || !e.draft()).toList();
        Scope.Unit unit = new Scope.Unit(source, all, published, assets, config.values(), kinds);
        check(new Scope(tree, bodies, List.of(tree, shared.tree()), menu, asOf, Optional.of(unit)), findings);
        Commune commune = new Commune(source.slug(), tree.repoPath(), config.values(), menu, published, List.copyOf(assets.values()),
                ImageBudgetRule.heaviestPage(unit));
        return new Checked(commune, findings, bodies);
    }

    private static void check(Scope scope, List<Finding> findings) {
        for (Rule rule : Rule.ALL) {
            rule.check(scope, findings);
        }
    }

    /**
     * Every body of a tree read once, by its item's repository path: the checks look at it, the bake publishes it. A
     * shared item is read once for every commune; a body that will not be {@code published} (its unit's site is kept)
     * is read for its checks alone.
     */
    private Map<String, Body> bodies(SourceTree tree, boolean published) {
        Markdown markdown = Markdown.under(profile.rawHtml());
        Map<String, Body> bodies = new HashMap<>();
        for (Item item : tree.items()) {
            bodies.put(item.repoPath(), known.of(item.repoPath(), profile.rawHtml())
                    .orElseGet(() -> published ? markdown.read(item.body()) : markdown.facts(item.body())));
        }
        return bodies;
    }

    /** Checks the front matter of every item that belongs to a known section (or to the site root). */
    private List<Entry> entries(SourceTree tree, Map<String, Body> bodies, Profile menu, Set<String> assets, List<Finding> findings) {
        List<Entry> entries = new ArrayList<>();
        for (Item item : tree.items()) {
            if (item.frontMatter().isEmpty()) {
                continue; // unreadable: already reported by the reader
            }
            Optional<Section> section = item.folder().isEmpty() ? Optional.empty() : menu.find(item.folder());
            if (!item.folder().isEmpty() && section.isEmpty()) {
                continue; // in an unknown folder: reported once per folder
            }
            Optional<Kind> kind = section.flatMap(s -> kinds.kind(s.kind()));
            List<FieldSpec> specs = kind.map(k -> section.get().fields(kinds.fieldsOf(k))).orElse(kinds.common());
            // Known before the fields are read, because a draft's problems are only warnings: it is never published.
            boolean draft = item.frontMatter().get().get("draft")
                    .map(node -> node instanceof YNode.Scalar s && Boolean.TRUE.equals(s.value())).orElse(false);
            FieldReader.Context context = new FieldReader.Context(item.repoPath(), tree.repoPath(), assets,
                    section.flatMap(Section::basis), !item.isLanding(), draft ? Severity.WARNING : Severity.ERROR, Severity.WARNING, false,
                    Optional.of(asOf));
            Values values = FieldReader.read(item.frontMatter().get(), specs, context, findings);
            entries.add(new Entry(item, section, kind, values, bodies.get(item.repoPath())));
        }
        return entries;
    }

    private static Set<String> assetPaths(SourceTree tree) {
        return tree.assets().stream().map(Asset::sitePath).collect(Collectors.toSet());
    }
}
