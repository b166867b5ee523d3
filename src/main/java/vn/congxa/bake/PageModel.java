package vn.congxa.bake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.content.Asset;
import vn.congxa.finding.Lang;
import vn.congxa.profile.FieldSpec;
import vn.congxa.profile.FieldType;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Section;
import vn.congxa.site.Link;
import vn.congxa.site.MenuItem;
import vn.congxa.site.Page;
import vn.congxa.site.Paging;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;

/**
 * Turns a planned page into the plain maps and lists Freemarker reads. Every value is prepared here (dates as
 * dd/MM/yyyy, links relative to the page, Markdown already HTML) so that templates only lay out and never query.
 */
final class PageModel {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.text.Collator VIETNAMESE = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
    /** Items are dated by day; feeds give the day's start in Vietnam's time zone. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", Locale.forLanguageTag("vi"));

    /** What every page of a site shares, prepared once per site rather than once per page. */
    record SiteData(Site site, Map<String, Asset> assets, Map<String, Object> facts, Map<String, Object> organization) {
        static SiteData of(Site site) {
            Map<String, Object> facts = siteFacts(site.commune());
            site.overseer().ifPresent(overseer -> {
                facts.put("overseer", overseerFacts(overseer));
                if (!overseer.ratingEndpoint().isEmpty()) {
                    facts.put("rating", overseer.ratingEndpoint());
                    facts.put("formAction", "'self' " + origin(overseer.ratingEndpoint()));
                }
            });
            return new SiteData(site,
                    site.commune().assets().stream().collect(Collectors.toMap(Asset::sitePath, Function.identity())),
                    facts, Metadata.organization(site.commune(), site.overseer()));
        }
    }

    /** The overseeing unit as pages and the hub show it. */
    static Map<String, Object> overseerFacts(vn.congxa.check.Overseer overseer) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", overseer.fullName());
        facts.put("authority", overseer.authority());
        facts.put("monitoringAgency", overseer.monitoringAgency());
        facts.put("emulationOffice", overseer.emulationOffice());
        facts.put("portal", overseer.portal());
        return facts;
    }

    /** "https://host[:port]" of an address: what a Content-Security-Policy's form-action names. */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private final Site site;
    private final SiteData shared;
    private final Page page;
    private final String root;
    private final String baseUrl;

    private PageModel(SiteData shared, Page page) {
        this.site = shared.site();
        this.shared = shared;
        this.page = page;
        this.root = page.root();
        this.baseUrl = site.commune().baseUrl();
    }

    /** The model of one page: {@code site}, {@code menu} and {@code page}. */
    static Map<String, Object> of(SiteData site, Page page) {
        return new PageModel(site, page).build();
    }

    /** The facts about a commune that every page shows in its header and footer, and the hub lists. */
    static Map<String, Object> siteFacts(Commune commune) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("slug", commune.slug());
        facts.put("name", commune.name());
        commune.config().forEach((key, value) -> facts.put(key, String.valueOf(value)));
        facts.put("baseUrl", commune.baseUrl());
        facts.put("profile", commune.menu().name());
        facts.put("profileVersion", commune.menu().version());
        return facts;
    }

    private Map<String, Object> build() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", shared.facts());
        model.put("menu", menu(site.menu()));
        model.put("footerLinks", site.standalonePages().stream().map(this::link).toList());
        model.put("banners", site.banners().stream().map(this::banner).toList());
        if (page.type() == Page.Type.HOME) {
            model.put("blocks", site.homeBlocks().stream().map(block -> Map.of(
                    "title", block.section().title(),
                    "href", root + SitePlanner.sectionHref(block.section()),
                    "items", block.items().stream().map(this::summary).toList())).toList());
            site.thisWeek().ifPresent(entry -> {
                Map<String, Object> schedule = new LinkedHashMap<>();
                schedule.put("title", entry.title());
                schedule.put("href", root + SitePlanner.output(entry));
                schedule.put("tables", tables(entry));
                model.put("thisWeek", schedule);
            });
        }
        model.put("page", page());
        return model;
    }

    private List<Map<String, Object>> menu(List<MenuItem> items) {
        List<Map<String, Object>> menu = new ArrayList<>();
        for (MenuItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", item.section().title());
            entry.put("path", item.section().path());
            entry.put("href", root + item.href());
            entry.put("current", page.section().map(s -> s.path().equals(item.section().path())
                    || s.path().startsWith(item.section().path() + "/")).orElse(false));
            entry.put("children", menu(item.children()));
            menu.add(entry);
        }
        return menu;
    }

    private Map<String, Object> page() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", page.type().name().toLowerCase(Locale.ROOT));
        model.put("title", page.title());
        model.put("root", root);
        model.put("url", baseUrl + "/" + page.output());
        model.put("jsonLd", Metadata.page(shared.organization(), page.entry().filter(e -> page.type() == Page.Type.ENTRY),
                baseUrl + "/" + page.output()));
        model.put("file", page.output().substring(page.output().lastIndexOf('/') + 1));
        if (page.type() == Page.Type.SITEMAP_XML) {
            model.put("urls", sitemap());
        }
        model.put("breadcrumbs", page.breadcrumbs().stream().map(this::link).toList());
        page.previous().ifPresent(link -> model.put("previous", link(link)));
        page.next().ifPresent(link -> model.put("next", link(link)));
        page.section().ifPresent(section -> model.put("section", section(section)));
        page.section().flatMap(Section::lang).ifPresent(lang -> model.put("lang", lang));
        page.entry().ifPresent(entry -> model.putAll(entry(entry)));
        model.put("listing", page.listing().stream().map(this::summary).toList());
        model.put("facets", facets());
        page.paging().ifPresent(paging -> model.put("paging", paging(paging)));
        model.put("subsections", page.subsections().stream()
                .map(item -> link(new Link(item.section().title(), item.href()))).toList());
        return model;
    }

    private Map<String, Object> section(Section section) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", section.title());
        model.put("titleEn", section.titleEn());
        model.put("kind", section.kind());
        model.put("url", baseUrl + "/" + section.path() + "/index.html");
        model.put("required", section.required());
        section.basis().ifPresent(basis -> model.put("basis", basis.cite(Lang.VI)));
        return model;
    }

    /** An item shown on its own page, or a section's landing text. */
    private Map<String, Object> entry(Entry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("body", entry.body().html()); // rendered once, when the item was checked
        model.put("draft", entry.draft()); // only the editor's preview publishes drafts
        window(entry).ifPresent(state -> model.put("window", state));
        entry.date().ifPresent(date -> {
            model.put("date", date.format(DAY));
            model.put("isoDate", date.toString()); // for <time datetime>
        });
        text(entry, "summary").ifPresent(summary -> model.put("summary", summary));
        Object tags = entry.values().get("tags");
        model.put("tags", tags instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
        List<Map<String, Object>> fields = new ArrayList<>();
        List<Map<String, Object>> attachments = new ArrayList<>();
        entry.kind().ifPresent(kind -> {
            for (FieldSpec spec : kind.fields()) {
                Object value = entry.values().get(spec.key());
                if (value == null || spec.hidden()) {
                    continue;
                }
                switch (spec.type()) {
                    case IMAGE -> model.put("image", Map.of("src", root + value,
                            "alt", String.valueOf(entry.values().getOrDefault(spec.alt(), ""))));
                    case FILE, FILES -> files(value).forEach(path -> attachments.add(attachment(spec, path)));
                    case ENTRIES -> { } // shown as tables
                    default -> fields.add(field(spec, value));
                }
            }
        });
        model.put("fields", fields);
        model.put("tables", tables(entry));
        model.put("attachments", attachments);
        model.put("source", entry.item().repoPath());
        return model;
    }

    private Map<String, Object> field(FieldSpec spec, Object value) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("key", spec.key());
        field.put("label", spec.label());
        field.put("value", display(spec, value));
        switch (spec.type()) {
            case URL -> field.put("href", value.toString());
            case EMAIL -> field.put("href", "mailto:" + value);
            case PHONE -> field.put("href", "tel:" + value.toString().replaceAll("[^0-9+]", ""));
            default -> { }
        }
        return field;
    }

    /** Whether a draft is open for comments on the build day: "open", "closed" or "upcoming", and its closing date. */
    private Optional<Map<String, Object>> window(Entry entry) {
        return entry.kind().flatMap(Kind::window).flatMap(window -> {
            if (!(entry.values().get(window.from()) instanceof LocalDate from) || !(entry.values().get(window.until()) instanceof LocalDate until)) {
                return Optional.empty();
            }
            LocalDate today = site.asOf();
            String state = today.isBefore(from) ? "upcoming" : today.isAfter(until) ? "closed" : "open";
            return Optional.of(Map.of("state", state, "from", from.format(DAY), "until", until.format(DAY)));
        });
    }

    /** Each entries field of an item (the rows of a schedule) as a table: its sub-fields are the columns. */
    private static List<Map<String, Object>> tables(Entry entry) {
        List<Map<String, Object>> tables = new ArrayList<>();
        entry.kind().ifPresent(kind -> kind.fields().stream()
                .filter(spec -> spec.type() == FieldType.ENTRIES && entry.values().get(spec.key()) instanceof List<?>)
                .forEach(spec -> {
                    List<FieldSpec> columns = spec.fields().stream().filter(c -> !c.hidden()).toList();
                    List<List<String>> rows = new ArrayList<>();
                    for (Object row : (List<?>) entry.values().get(spec.key())) {
                        Map<?, ?> values = (Map<?, ?>) row;
                        rows.add(columns.stream().map(c -> cell(c, values.get(c.key()))).toList());
                    }
                    tables.add(Map.of("label", spec.label(), "columns", columns.stream().map(FieldSpec::label).toList(), "rows", rows));
                }));
        return tables;
    }

    /** A value as a reader sees it: dates as dd/MM/yyyy (with the weekday in a schedule's rows), lists joined. */
    private static String display(FieldSpec spec, Object value) {
        return switch (spec.type()) {
            case DATE -> ((LocalDate) value).format(DAY);
            case WEEK -> weekRange(String.valueOf(value));
            case LIST -> String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
    }

    /** A schedule's cell: a day with its weekday ("Thứ Hai, 23/11/2026"), anything else as displayed elsewhere. */
    private static String cell(FieldSpec column, Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDate day ? WEEKDAY.format(day) : display(column, value);
    }

    /** "2026-W48" → "23/11/2026 – 29/11/2026". */
    private static String weekRange(String week) {
        LocalDate monday = LocalDate.of(Integer.parseInt(week.substring(0, 4)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(week.substring(6)))
                .with(java.time.DayOfWeek.MONDAY);
        return monday.format(DAY) + " – " + monday.plusDays(6).format(DAY);
    }

    private static List<String> files(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    private Map<String, Object> attachment(FieldSpec spec, String path) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("label", spec.label());
        attachment.put("name", path.substring(path.lastIndexOf('/') + 1));
        attachment.put("href", root + path);
        int dot = path.lastIndexOf('.');
        attachment.put("type", dot < 0 ? "" : path.substring(dot + 1).toUpperCase(Locale.ROOT));
        attachment.put("size", Optional.ofNullable(shared.assets().get(path)).map(a -> size(a.size())).orElse(""));
        return attachment;
    }

    /** An item as listed on a section page or the home page. */
    private Map<String, Object> summary(Entry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", entry.title());
        model.put("href", root + SitePlanner.output(entry));
        model.put("url", baseUrl + "/" + SitePlanner.output(entry));
        entry.date().ifPresent(date -> {
            model.put("date", date.format(DAY));
            model.put("isoDate", date.toString());
            model.put("rfc822", date.atStartOfDay(VIETNAM).format(DateTimeFormatter.RFC_1123_DATE_TIME));
        });
        text(entry, "summary").ifPresent(summary -> model.put("summary", summary));
        entry.section().ifPresent(section -> model.put("section", section.title()));
        window(entry).ifPresent(state -> model.put("window", state));
        // A procedure's online service: the first web address among its fields.
        entry.kind().flatMap(kind -> kind.fields().stream().filter(spec -> spec.type() == FieldType.URL).findFirst())
                .flatMap(spec -> text(entry, spec.key())).ifPresent(url -> model.put("online", url));
        entry.date().ifPresent(date -> model.put("year", String.valueOf(date.getYear())));
        Map<String, Object> values = new LinkedHashMap<>();
        entry.kind().ifPresent(kind -> kind.fields().stream()
                .filter(spec -> entry.values().containsKey(spec.key())
                        && spec.type() != FieldType.FILE && spec.type() != FieldType.FILES && spec.type() != FieldType.IMAGE)
                .forEach(spec -> values.put(spec.key(), display(spec, entry.values().get(spec.key())))));
        model.put("values", values);
        return model;
    }

    private Map<String, Object> paging(Paging paging) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", paging.number());
        model.put("count", paging.count());
        paging.year().ifPresent(year -> model.put("year", String.valueOf(year)));
        String section = page.section().map(s -> s.path()).orElse("");
        model.put("years", paging.years().stream()
                .map(year -> Map.of("year", String.valueOf(year), "href", root + Paging.yearPage(section, year))).toList());
        return model;
    }

    /** What a listing can be filtered by: the year, and each field marked {@code filter: true}, with the values present. */
    private List<Map<String, Object>> facets() {
        List<Map<String, Object>> facets = new ArrayList<>();
        if (page.type() != Page.Type.SECTION || page.listing().isEmpty() || page.paging().map(p -> p.count() > 1).orElse(false)) {
            return facets;
        }
        List<String> years = page.listing().stream().map(Entry::date).flatMap(Optional::stream)
                .map(date -> String.valueOf(date.getYear())).distinct().sorted(Comparator.reverseOrder()).toList();
        facets.add(Map.of("key", "year", "label", "", "options", years)); // the template names it
        java.text.Collator collator = (java.text.Collator) VIETNAMESE.clone(); // pages are modelled on several threads
        page.listing().get(0).kind().ifPresent(kind -> kind.fields().stream().filter(FieldSpec::filter).forEach(spec -> {
            List<String> options = page.listing().stream().map(e -> e.values().get(spec.key())).filter(java.util.Objects::nonNull)
                    .map(String::valueOf).distinct().sorted(collator).toList();
            facets.add(Map.of("key", spec.key(), "label", spec.label(), "options", options));
        }));
        return facets;
    }

    /** Every HTML page of the site with the date it last changed: its item's date, or its newest listed item's. */
    private List<Map<String, Object>> sitemap() {
        List<Map<String, Object>> urls = new ArrayList<>();
        for (Page other : site.pages()) {
            if (!other.type().isHtml()) {
                continue;
            }
            Map<String, Object> url = new LinkedHashMap<>();
            url.put("loc", baseUrl + "/" + other.output());
            other.entry().flatMap(Entry::date)
                    .or(() -> other.listing().stream().map(Entry::date).flatMap(Optional::stream).max(LocalDate::compareTo))
                    .ifPresent(date -> url.put("lastmod", date.toString()));
            urls.add(url);
        }
        return urls;
    }

    /** A notice shown at the top of every page while it lasts: its title, its page, and the text of its fields. */
    private Map<String, Object> banner(Entry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", entry.title());
        model.put("href", root + SitePlanner.output(entry));
        model.put("fields", entry.kind().map(kind -> kind.fields().stream()
                .filter(spec -> !spec.hidden() && entry.values().containsKey(spec.key()) && spec.type() != FieldType.TEXT)
                .map(spec -> field(spec, entry.values().get(spec.key()))).toList()).orElse(List.of()));
        return model;
    }

    private Map<String, Object> link(Link link) {
        return Map.of("title", link.title(), "href", root + link.href());
    }

    private static Optional<String> text(Entry entry, String key) {
        return Optional.ofNullable(entry.values().get(key)).map(String::valueOf);
    }

    /** "245 KB", "1,2 MB": sizes as Vietnamese readers write them. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
