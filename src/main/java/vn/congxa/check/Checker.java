package vn.congxa.check;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congxa.content.Asset;
import vn.congxa.content.CommuneSource;
import vn.congxa.content.Item;
import vn.congxa.content.Repository;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.work.Parallel;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.profile.FieldSpec;
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
    /** Filled by the threads that check the communes; sorted by the result, so the order they add in does not matter. */
    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    /** The local images of the shared items' bodies, by item: they are part of every commune's pages. */
    private Map<String, List<String>> sharedImages = Map.of();

    /** Whether drafts reach the site: never in a build, shown (and marked as drafts) in the editor's preview. */
    public enum Drafts { LEFT_OUT, SHOWN }

    private Checker(Profile profile, Kinds kinds, LocalDate asOf, Drafts drafts, int jobs) {
        this.profile = profile;
        this.kinds = kinds;
        this.asOf = asOf;
        this.drafts = drafts;
        this.jobs = jobs;
    }

    /** The ISO week of a day, as schedules name it: "2026-W48". */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * @param asOf "today" for the freshness rules; a parameter so that builds are reproducible
     * @param drafts whether the communes returned publish their drafts
     * @param jobs how many communes are checked at once
     */
    public static CheckResult check(Repository repository, Profile profile, Kinds kinds, LocalDate asOf, Drafts drafts, int jobs) {
        return new Checker(profile, kinds, asOf, drafts, jobs).run(repository);
    }

    private CheckResult run(Repository repository) {
        findings.addAll(repository.findings());
        SourceTree shared = repository.shared();
        NamingRule.check(shared, findings);
        AttachmentRule.check(shared, profile.attachments(), findings);
        sharedImages = MarkdownRule.check(shared, List.of(shared), profile.rawHtml(), false, findings);
        SectionRule.unknownFolders(shared.items(), profile, findings, shared.repoPath());
        List<Entry> sharedEntries = entries(shared, profile, assetPaths(shared));
        List<Commune> communes = Parallel.map(repository.communes(), jobs, source -> commune(source, shared, sharedEntries));
        duplicateBaseUrls(repository.communes(), communes);
        return new CheckResult(findings, communes);
    }

    private Commune commune(CommuneSource source, SourceTree shared, List<Entry> sharedEntries) {
        SourceTree tree = source.tree();
        NamingRule.checkCommuneFolder(tree.repoPath(), source.slug(), findings);
        NamingRule.check(tree, findings);
        AttachmentRule.check(tree, profile.attachments(), findings);
        Map<String, List<String>> images = new HashMap<>(sharedImages);
        images.putAll(MarkdownRule.check(tree, List.of(tree, shared), profile.rawHtml(), true, findings));
        CommuneConfigRule.Config config = CommuneConfigRule.check(source, profile, kinds, findings);
        Profile menu = profile.withOwnSections(config.ownSections());
        SectionRule.unknownFolders(tree.items(), menu, findings, tree.repoPath());

        // A commune's file at the same path as a shared one replaces it.
        List<Entry> own = entries(tree, menu, assetPaths(tree));
        Set<String> overridden = own.stream().map(e -> e.item().sitePath()).collect(Collectors.toSet());
        List<Entry> all = Stream.concat(sharedEntries.stream().filter(e -> !overridden.contains(e.item().sitePath())), own.stream())
                .toList();
        SectionRule.check(tree.repoPath(), new HashSet<>(tree.folders()), menu, all, asOf, findings);

        Map<String, Asset> assets = new LinkedHashMap<>();
        shared.assets().forEach(a -> assets.put(a.sitePath(), a));
        tree.assets().forEach(a -> assets.put(a.sitePath(), a));
        List<Entry> published = all.stream().filter(e -> drafts == Drafts.SHOWN || !e.draft()).toList();
        ImageBudgetRule.check(published, images, assets, ImageBudgetRule.siteImages(source, kinds.commune(), config.values()),
                profile.accessibility(), findings);
        return new Commune(source.slug(), tree.repoPath(), config.values(), menu, published, List.copyOf(assets.values()));
    }

    /** Checks the front matter of every item that belongs to a known section (or to the site root). */
    private List<Entry> entries(SourceTree tree, Profile menu, Set<String> assets) {
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
            List<FieldSpec> specs = kind.map(kinds::fieldsOf).orElse(kinds.common());
            // Known before the fields are read, because a draft's problems are only warnings: it is never published.
            boolean draft = item.frontMatter().get().get("draft")
                    .map(node -> node instanceof YNode.Scalar s && Boolean.TRUE.equals(s.value())).orElse(false);
            FieldReader.Context context = new FieldReader.Context(item.repoPath(), tree.repoPath(), assets,
                    section.flatMap(Section::basis), !item.isLanding(), draft ? Severity.WARNING : Severity.ERROR, Severity.WARNING, false,
                    Optional.of(asOf));
            Map<String, Object> values = FieldReader.read(item.frontMatter().get(), specs, context, findings);
            entries.add(new Entry(item, section, kind, values));
        }
        return entries;
    }

    private void duplicateBaseUrls(List<CommuneSource> sources, List<Commune> communes) {
        Map<String, String> firstBySite = new HashMap<>();
        for (int i = 0; i < communes.size(); i++) {
            String url = communes.get(i).baseUrl();
            if (url.isEmpty()) {
                continue;
            }
            String previous = firstBySite.putIfAbsent(url.toLowerCase(), communes.get(i).slug());
            if (previous != null) {
                CommuneSource source = sources.get(i);
                findings.add(Finding.error(source.configPath(), source.config().map(m -> m.lineOf("dia_chi_web")).orElse(0),
                        "duplicate-base-url", Message.of("commune.duplicate-base-url", communes.get(i).config().get("dia_chi_web"), previous)));
            }
        }
    }

    private static Set<String> assetPaths(SourceTree tree) {
        return tree.assets().stream().map(Asset::sitePath).collect(Collectors.toSet());
    }
}
