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
import vn.congxa.media.Pdf;
import vn.congxa.media.Picture;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.Section;
import vn.congxa.yaml.YNode;

/**
 * Runs every rule under one profile as of one day: over the shared content once ({@link #prepare}), then over each
 * commune on its own ({@link #commune}), returning its findings together with the commune, checked and typed, that the
 * bake stage renders; or over a whole repository at once ({@link #check}).
 */
public final class Checker {

    private final Profile profile;
    private final Kinds kinds;
    private final LocalDate asOf;
    private final Drafts drafts;
    private final Optional<Overseer> overseer;
    private final Shared shared;

    /** Whether drafts reach the site: never in a build, shown (and marked as drafts) in the editor's preview. */
    public enum Drafts { LEFT_OUT, SHOWN }

    /**
     * A commune checked, with the findings of that commune alone and the bodies read for it, which another check of
     * the same commune (a report's earlier period) reuses.
     */
    public record Checked(Commune commune, List<Finding> findings, ReadBodies bodies) {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    /** What every commune shares, checked once before the communes. */
    private record Shared(SourceTree tree, List<Entry> entries, FilesRead files, Map<String, Picture> pictures, Map<String, Pdf> pdfs,
                          List<Finding> findings) {
    }

    private Checker(Profile profile, Kinds kinds, Optional<Overseer> overseer, LocalDate asOf, Drafts drafts, Shared shared) {
        this.profile = profile;
        this.kinds = kinds;
        this.overseer = overseer;
        this.asOf = asOf;
        this.drafts = drafts;
        this.shared = shared;
    }

    /**
     * A check under one profile as of one day, with the shared content checked: each commune is then checked on its
     * own ({@link #commune}), on any thread, since a checker holds nothing that changes.
     *
     * @param asOf   "today" for the freshness rules; a parameter so that builds are reproducible
     * @param drafts whether the communes checked publish their drafts
     * @param known  the bodies an earlier check of the same shared content read ({@link ReadBodies#NONE} for none)
     */
    public static Checker prepare(SourceTree sharedTree, Profile profile, Kinds kinds, Optional<Overseer> overseer, LocalDate asOf,
                                  Drafts drafts, ReadBodies known) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Body> sharedBodies = bodies(sharedTree, profile, known, true);
        check(new Scope(sharedTree, sharedBodies, List.of(sharedTree), profile, asOf, Optional.empty()), findings);
        List<Entry> entries = entries(sharedTree, sharedBodies, profile, kinds, asOf, assetPaths(sharedTree), findings);
        FilesRead files = FilesRead.of(sharedTree, budget(profile), known.files());
        files.report(sharedTree, findings);
        return new Checker(profile, kinds, overseer, asOf, drafts, new Shared(sharedTree, entries, files,
                files.publishedPictures(sharedTree), files.publishedPdfs(sharedTree), findings));
    }

    /** The bodies of the shared content, rendered: another check of the same content reuses them. */
    public ReadBodies sharedBodies() {
        Map<String, Body> bodies = new HashMap<>();
        shared.entries().forEach(entry -> bodies.put(entry.item().repoPath(), entry.body()));
        return new ReadBodies(profile.rawHtml(), bodies, shared.files());
    }

    /** The findings of the shared content, which are no commune's. */
    public List<Finding> sharedFindings() {
        return List.copyOf(shared.findings());
    }

    /**
     * Checks a whole repository that has been read: every finding at once, and the communes, checked and typed, that
     * the bake stage renders.
     *
     * @param jobs    how many communes are checked at once
     * @param history read only when two communes conflict, to blame the one that came later
     * @param known   the bodies an earlier check of the same repository read ({@link ReadBodies#NONE} for none)
     */
    public static CheckResult check(Repository repository, Profile profile, Kinds kinds, Optional<Overseer> overseer, LocalDate asOf,
                                    Drafts drafts, int jobs, Supplier<History> history, ReadBodies known) {
        Checker checker = prepare(repository.shared(), profile, kinds, overseer, asOf, drafts, known);
        List<Finding> findings = new ArrayList<>(repository.findings());
        findings.addAll(checker.sharedFindings());
        // Each commune's findings are its own, joined in the communes' order whatever order the threads finish in.
        List<Checked> checked = Parallel.map(repository.communes(), jobs, source -> checker.commune(source, true, known));
        checked.forEach(c -> findings.addAll(c.findings()));
        Set<String> selected = repository.communes().stream().map(CommuneSource::slug).collect(Collectors.toSet());
        findings.addAll(acrossCommunes(repository.configs(), selected, history));
        return new CheckResult(findings, checked.stream().map(Checked::commune).toList(), overseer);
    }

    /**
     * The rules that compare communes (each has its own portal address), over every commune's configuration.
     *
     * @param selected the communes the command works on: a clash counts when one of them is part of it
     */
    public static List<Finding> acrossCommunes(List<CommuneSource.ConfigFile> configs, Set<String> selected, Supplier<History> history) {
        List<Finding> findings = new ArrayList<>();
        BaseUrlRule.check(configs, selected, history, findings);
        return findings;
    }

    /**
     * Reads a commune (its configuration, then its items' values), then runs every rule on it.
     *
     * @param published whether its bodies will be published: those of a site kept from the previous build are read for
     *                  their checks alone, not rendered
     * @param known     bodies an earlier check of the same commune read
     */
    public Checked commune(CommuneSource source, boolean published, ReadBodies known) {
        List<Finding> findings = new ArrayList<>();
        SourceTree tree = source.tree();
        Map<String, Body> bodies = bodies(tree, profile, known, published);
        CommuneConfigRule.Config config = CommuneConfigRule.check(source, profile, kinds, overseer, findings);
        Profile menu = profile.withOwnSections(config.ownSections());
        // A commune's file at the same path as a shared one replaces it.
        List<Entry> own = entries(tree, bodies, menu, kinds, asOf, assetPaths(tree), findings);
        Set<String> overridden = own.stream().map(e -> e.item().sitePath()).collect(Collectors.toSet());
        List<Entry> all = Stream.concat(shared.entries().stream().filter(e -> !overridden.contains(e.item().sitePath())), own.stream())
                .toList();
        Map<String, Asset> assets = new LinkedHashMap<>();
        shared.tree().assets().forEach(a -> assets.put(a.sitePath(), a));
        tree.assets().forEach(a -> assets.put(a.sitePath(), a));
        FilesRead files = FilesRead.of(tree, budget(menu), known.files());
        files.report(tree, findings);
        // A unit's own file replaces a shared one at the same path.
        Map<String, Picture> pictures = new LinkedHashMap<>(shared.pictures());
        Map<String, Pdf> pdfs = new LinkedHashMap<>(shared.pdfs());
        tree.assets().forEach(a -> {
            pictures.remove(a.sitePath());
            pdfs.remove(a.sitePath());
        });
        pictures.putAll(files.publishedPictures(tree));
        pdfs.putAll(files.publishedPdfs(tree));
        List<Entry> shown = all.stream().filter(e -> drafts == Drafts.SHOWN || !e.draft()).toList();
        Scope.Unit unit = new Scope.Unit(source, all, shown, assets, pictures, config.values(), kinds);
        check(new Scope(tree, bodies, List.of(tree, shared.tree()), menu, asOf, Optional.of(unit)), findings);
        Commune commune = new Commune(source.slug(), tree.repoPath(), config.values(), menu, shown, List.copyOf(assets.values()),
                Map.copyOf(pictures), Map.copyOf(pdfs), ImageBudgetRule.heaviestPage(unit));
        return new Checked(commune, findings, new ReadBodies(profile.rawHtml(), bodies, files));
    }

    /**
     * The bodies of a tree under this check's policy, read on several threads (the common pool's and the caller's):
     * for a commune read while the other cores have nothing to do, as when an edit leaves one commune to read.
     */
    public ReadBodies bodiesInParallel(SourceTree tree, boolean published) {
        return new ReadBodies(profile.rawHtml(), bodies(tree.items().parallelStream(), profile, ReadBodies.NONE, published), FilesRead.NONE);
    }

    private static void check(Scope scope, List<Finding> findings) {
        for (Rule rule : Rule.ALL) {
            rule.check(scope, findings);
        }
    }

    /**
     * Every body of a tree read once, by its item's repository path: the checks look at it, the bake publishes it. A
     * body that will not be {@code published} (its unit's site is kept) is read for its checks alone.
     */
    private static Map<String, Body> bodies(SourceTree tree, Profile profile, ReadBodies known, boolean published) {
        return bodies(tree.items().stream(), profile, known, published);
    }

    private static Map<String, Body> bodies(Stream<Item> items, Profile profile, ReadBodies known, boolean published) {
        Markdown markdown = Markdown.under(profile.rawHtml());
        return items.collect(Collectors.toMap(Item::repoPath, item -> known.of(item.repoPath(), profile.rawHtml())
                .filter(body -> !published || body.page().isPresent())
                .orElseGet(() -> published ? markdown.read(item.body()) : markdown.facts(item.body()))));
    }

    /** Checks the front matter of every item that belongs to a known section (or to the site root). */
    private static List<Entry> entries(SourceTree tree, Map<String, Body> bodies, Profile menu, Kinds kinds, LocalDate asOf,
                                       Set<String> assets, List<Finding> findings) {
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

    /** The image budget of a page under a profile, in bytes. */
    private static long budget(Profile profile) {
        return profile.accessibility().imageBudgetKib() * 1024L;
    }

    private static Set<String> assetPaths(SourceTree tree) {
        return tree.assets().stream().map(Asset::sitePath).collect(Collectors.toSet());
    }
}
