package vn.congxa.site;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.content.Links;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Section;

/**
 * Plans a commune's site from its checked content: the menu in the profile's order, a page per section and per
 * item, previous and next links within a section. Everything a template shows is computed here, once.
 */
public final class SitePlanner {

    /** How many of the newest items the home page lists. */
    static final int HOME_ITEMS = 8;
    /** How many of the newest items a feed carries. */
    static final int FEED_ITEMS = 20;
    public static final String SITE_MAP = GeneratedPaths.SITE_MAP;
    public static final String SEARCH = GeneratedPaths.SEARCH_FOLDER + "/index.html";


    private final Commune commune;
    private final LocalDate asOf;
    private final List<OutputFormat> formats;
    private final Map<String, List<Entry>> byFolder;
    /** Titles compared as Vietnamese sorts them; each title's key made once, since comparing keys is cheap. */
    private final Map<Entry, CollationKey> titleKeys = new IdentityHashMap<>();
    /** A copy per planner: a collator's comparisons are synchronized, and planners run on several threads. */
    private final Collator collator = vn.congxa.text.Vietnamese.collator();

    /** Items in display order: the order their kind gives them first (officials'), then newest first, then by title. */
    private final Comparator<Entry> displayOrder = Comparator
            .comparing((Entry e) -> e.kind().flatMap(kind -> kind.display().order()).flatMap(e.values()::whole).orElse(Long.MAX_VALUE))
            .thenComparing(e -> e.date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(this::titleKey)
            .thenComparing(e -> e.item().sitePath());

    private SitePlanner(Commune commune, LocalDate asOf, List<OutputFormat> formats) {
        this.commune = commune;
        this.asOf = asOf;
        this.formats = List.copyOf(formats);
        this.byFolder = commune.entries().stream().collect(Collectors.groupingBy(e -> e.item().folder()));
    }

    private CollationKey titleKey(Entry entry) {
        return titleKeys.computeIfAbsent(entry, e -> collator.getCollationKey(e.title()));
    }

    /** @param asOf "today": which week's schedule the home page shows, which notices are current */
    public static Site plan(Commune commune, Optional<vn.congxa.check.Overseer> overseer, LocalDate asOf) {
        return plan(commune, overseer, asOf, OutputFormats.ALL);
    }

    /** @param formats the output formats whose files the site has, besides its pages */
    public static Site plan(Commune commune, Optional<vn.congxa.check.Overseer> overseer, LocalDate asOf, List<OutputFormat> formats) {
        return new SitePlanner(commune, asOf, formats).plan(overseer);
    }

    private Site plan(Optional<vn.congxa.check.Overseer> overseer) {
        List<MenuItem> menu = menu(commune.menu().sections());
        List<Page> pages = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        List<Entry> newest = newest(commune.entries(), FEED_ITEMS);
        for (OutputFormat format : formats) {
            if (format.scope() == OutputFormat.Scope.SITE || format.scope() == OutputFormat.Scope.SITE_AND_SECTIONS) {
                outputs.add(new Output(format.path(), format, commune.name(), Optional.empty(), format.feed() ? newest : List.of()));
            }
        }
        Optional<Entry> thisWeek = thisWeek();
        List<HomeBlock> homeBlocks = homeBlocks();
        pages.add(home(thisWeek, homeBlocks));
        for (MenuItem item : flatten(menu)) {
            sectionPages(item, pages, outputs);
        }
        List<Link> standalone = new ArrayList<>();
        for (Entry entry : items("")) {
            pages.add(new Page(output(entry), Page.Type.PAGE, entry.title(), Optional.of(entry), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty()));
            standalone.add(link(entry));
        }
        pages.add(Page.ofSite(SITE_MAP, Page.Type.SITE_MAP, "", List.of(), menu));
        pages.add(Page.ofSite(SEARCH, Page.Type.SEARCH, "Tìm kiếm", List.of(), menu));
        pages.addAll(tagPages(pages));
        pages.add(Page.ofSite(GeneratedPaths.NOT_FOUND, Page.Type.NOT_FOUND, "Không tìm thấy trang", List.of(), List.of()));
        return new Site(commune, overseer, asOf, menu, standalone, thisWeek, homeBlocks, banners(), pages, outputs);
    }

    /**
     * A page per tag of the items published on their own page, listing them in display order. Tags that differ only by
     * case, tones or punctuation ("Hộ tịch", "hộ tịch", "ho tich") have one slug, so one page: it is titled with the
     * spelling most of its items use (the first in Vietnamese order when as many use each), and lists them all.
     */
    private List<Page> tagPages(List<Page> pages) {
        Map<String, List<Entry>> items = new java.util.TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new java.util.HashMap<>();
        for (Page page : pages) {
            if (page.type() != Page.Type.ENTRY && page.type() != Page.Type.PAGE) {
                continue;
            }
            Entry entry = page.entry().orElseThrow();
            for (String tag : entry.tags()) {
                String path = GeneratedPaths.tagPage(tag);
                items.computeIfAbsent(path, p -> new ArrayList<>()).add(entry);
                spellings.computeIfAbsent(path, p -> new java.util.HashMap<>()).merge(tag, 1, Integer::sum);
            }
        }
        List<Page> tagPages = new ArrayList<>();
        items.forEach((path, tagged) -> {
            String title = spellings.get(path).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry::getKey, collator).thenComparing(Map.Entry::getKey))
                    .findFirst().orElseThrow().getKey();
            tagPages.add(new Page(path, Page.Type.TAG, title, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty(), tagged.stream().sorted(displayOrder).toList(), List.of(), Optional.empty()));
        });
        return tagPages;
    }

    /** Items of a kind shown on every page until a day (a planned outage), from their publication to that day. */
    private List<Entry> banners() {
        return commune.entries().stream()
                .filter(entry -> entry.kind().flatMap(vn.congxa.profile.Kind::bannerUntil)
                        .map(field -> entry.values().day(field).filter(until -> !until.isBefore(asOf)).isPresent()
                                && entry.date().map(date -> !date.isAfter(asOf)).orElse(false))
                        .orElse(false))
                .sorted(java.util.Comparator.comparing((Entry e) -> e.date().orElseThrow()))
                .toList();
    }

    /** The published schedule of the current week, from a section whose profile names its week field. */
    private Optional<Entry> thisWeek() {
        vn.congxa.field.Value week = vn.congxa.field.Value.Week.of(asOf);
        return commune.menu().all().filter(section -> section.currentWeek().isPresent())
                .flatMap(section -> items(section.path()).stream()
                        .filter(entry -> entry.values().get(section.currentWeek().get()).filter(week::equals).isPresent()))
                .findFirst();
    }

    /** Required sections always show; optional ones when they hold something. */
    private List<MenuItem> menu(List<Section> sections) {
        List<MenuItem> items = new ArrayList<>();
        for (Section section : sections) {
            boolean hasContent = section.selfAndDescendants().anyMatch(s -> byFolder.containsKey(s.path()));
            if (section.required() || hasContent) {
                items.add(new MenuItem(section, sectionHref(section), menu(section.children())));
            }
        }
        return items;
    }

    private static List<MenuItem> flatten(List<MenuItem> menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu) {
            all.add(item);
            all.addAll(flatten(item.children()));
        }
        return all;
    }

    /** The home page's latest items leave out those it already shows: this week's schedule and its blocks' items. */
    private Page home(Optional<Entry> thisWeek, List<HomeBlock> blocks) {
        Set<String> shown = Stream.concat(thisWeek.stream(), blocks.stream().flatMap(b -> b.items().stream()))
                .map(entry -> entry.item().repoPath()).collect(Collectors.toSet());
        List<Entry> latest = newest(commune.entries().stream().filter(entry -> !shown.contains(entry.item().repoPath())).toList(), HOME_ITEMS);
        return new Page(GeneratedPaths.HOME, Page.Type.HOME, commune.name(), landing(""), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), latest, List.of(), Optional.empty());
    }

    /** The sections the profile puts on the home page (home_items), each with its newest items. */
    private List<HomeBlock> homeBlocks() {
        return commune.menu().all().filter(section -> section.homeItems() > 0)
                .map(section -> new HomeBlock(section, items(section.path()).stream().limit(section.homeItems()).toList()))
                .filter(block -> !block.items().isEmpty())
                .toList();
    }

    /** The newest dated items of sections (not landing pages, not pages at the site root), newest first. */
    private List<Entry> newest(List<Entry> entries, int limit) {
        return entries.stream()
                .filter(e -> e.section().isPresent() && !e.item().isLanding() && e.date().isPresent())
                .sorted(Comparator.comparing((Entry e) -> e.date().get()).reversed().thenComparing(displayOrder))
                .limit(limit)
                .toList();
    }

    private void sectionPages(MenuItem menuItem, List<Page> pages, List<Output> outputs) {
        Section section = menuItem.section();
        List<Link> trail = trail(section);
        List<Link> parents = trail.subList(0, trail.size() - 1);
        List<Entry> items = items(section.path());
        List<Integer> years = items.stream().map(Entry::date).flatMap(Optional::stream).map(LocalDate::getYear).distinct()
                .sorted(Comparator.reverseOrder()).toList();

        // The listing, a page of pageSize items at a time; the first page also carries the landing text and sub-sections.
        int pageSize = items.stream().findFirst().flatMap(Entry::kind).map(Kind::pageSize).filter(size -> size > 0)
                .orElse(Math.max(1, items.size()));
        int count = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        for (int number = 1; number <= count; number++) {
            List<Entry> slice = items.subList((number - 1) * pageSize, Math.min(items.size(), number * pageSize));
            Optional<Link> previous = number > 1 ? Optional.of(new Link("", listingPage(section, number - 1))) : Optional.empty();
            Optional<Link> next = number < count ? Optional.of(new Link("", listingPage(section, number + 1))) : Optional.empty();
            pages.add(new Page(listingPage(section, number), Page.Type.SECTION, section.title(),
                    number == 1 ? landing(section.path()) : Optional.empty(), Optional.of(section), parents, previous, next, slice,
                    number == 1 ? menuItem.children() : List.of(),
                    Optional.of(new Paging(number, count, Optional.empty(), years.size() > 1 ? years : List.of()))));
        }
        for (int year : years.size() > 1 ? years : List.<Integer>of()) { // archives when there is more than one year
            List<Entry> ofYear = items.stream().filter(e -> e.date().map(d -> d.getYear() == year).orElse(false)).toList();
            pages.add(new Page(Paging.yearPage(section.path(), year), Page.Type.SECTION, section.title(), Optional.empty(),
                    Optional.of(section), trail, Optional.empty(), Optional.empty(), ofYear, List.of(),
                    Optional.of(new Paging(1, 1, Optional.of(year), years))));
        }
        if (!items.isEmpty()) {
            List<Entry> newest = newest(items, FEED_ITEMS);
            for (OutputFormat format : formats) {
                if (format.scope() == OutputFormat.Scope.SITE_AND_SECTIONS) {
                    outputs.add(new Output(section.path() + "/" + format.path(), format, section.title(), Optional.of(section),
                            format.feed() ? newest : List.of()));
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Entry entry = items.get(i);
            Optional<Link> previous = i > 0 ? Optional.of(link(items.get(i - 1))) : Optional.empty();
            Optional<Link> next = i + 1 < items.size() ? Optional.of(link(items.get(i + 1))) : Optional.empty();
            pages.add(new Page(output(entry), Page.Type.ENTRY, entry.title(), Optional.of(entry), Optional.of(section), trail,
                    previous, next, List.of(), List.of(), Optional.empty()));
        }
    }

    /** The sections from the top of the menu down to this one. */
    private List<Link> trail(Section section) {
        List<Link> trail = new ArrayList<>();
        String[] parts = section.path().split("/");
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.length() == 0 ? "" : "/").append(part);
            commune.menu().find(path.toString()).ifPresent(s -> trail.add(new Link(s.title(), sectionHref(s))));
        }
        return trail;
    }

    private List<Entry> items(String folder) {
        return byFolder.getOrDefault(folder, List.of()).stream()
                .filter(e -> !e.item().isLanding())
                .sorted(displayOrder)
                .toList();
    }

    private Optional<Entry> landing(String folder) {
        return byFolder.getOrDefault(folder, List.of()).stream().filter(e -> e.item().isLanding()).findFirst();
    }

    private static Link link(Entry entry) {
        return new Link(entry.title(), output(entry));
    }

    public static String sectionHref(Section section) {
        return GeneratedPaths.listingPage(section.path(), 1);
    }

    /** Page 1 of a listing is the section's index.html; page n is trang-n.html. */
    static String listingPage(Section section, int number) {
        return GeneratedPaths.listingPage(section.path(), number);
    }

    /** {@code van-ban/qd-12.md} is published as {@code van-ban/qd-12.html}. */
    public static String output(Entry entry) {
        return Links.pageOf(entry.item().sitePath());
    }
}
