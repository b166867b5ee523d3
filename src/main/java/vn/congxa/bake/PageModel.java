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
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congxa.check.Commune;
import vn.congxa.check.Entry;
import vn.congxa.content.Asset;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.finding.Lang;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldType;
import vn.congxa.field.Value;
import vn.congxa.field.Values;
import vn.congxa.media.Picture;
import vn.congxa.text.Vietnamese;
import vn.congxa.profile.Attachments;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Section;
import vn.congxa.site.Link;
import vn.congxa.site.MenuItem;
import vn.congxa.site.Output;
import vn.congxa.site.Page;
import vn.congxa.site.Paging;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;

/**
 * Turns a planned page into the plain maps and lists Freemarker reads. Every value is prepared here (dates as
 * dd/MM/yyyy, links relative to the page, Markdown already HTML) so that templates only lay out and never query.
 */
final class PageModel {

    private static final DateTimeFormatter DAY = Vietnamese.DAY;
    /** Items are dated by day; feeds give the day's start in Vietnam's time zone. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** What {@code site} holds besides the unit's own fields ({@code commune.yml}): what templates may name. */
    static final List<String> SITE_FACTS = List.of("slug", "name", "baseUrl", "profile", "profileVersion", "overseer", "rating",
            "formAction", "description", "icon", "logoVariants");
    /** How long a page's description for search engines and shared links may be, as they show it. */
    static final int DESCRIPTION_LENGTH = 160;

    /**
     * What every page of a site shares, prepared once per site rather than once per page.
     *
     * @param urls  every HTML page of the site, as sitemap.xml lists them
     * @param feeds the feeds of the site and of its sections, which pages announce in their head
     * @param icon  the browser's icon, from the unit's logo
     */
    record SiteData(Site site, Map<String, Asset> assets, Map<String, Object> facts, Map<String, Object> organization,
                    List<Map<String, Object>> urls, List<Output> feeds, Optional<Favicon> icon) {
        static SiteData of(Site site) {
            Map<String, Object> facts = siteFacts(site.commune());
            facts.put("description", "Cổng thông tin điện tử của " + site.commune().name()
                    + site.overseer().map(o -> ", thành phần của Cổng thông tin điện tử " + o.fullName()).orElse(""));
            Optional<Favicon> icon = Favicon.of(site.commune());
            icon.ifPresent(favicon -> facts.put("icon", Map.of("path", favicon.path(), "type", favicon.type())));
            // A resized logo offers its copies: a phone downloads the narrowest, not the widest its own path holds.
            Optional.ofNullable(facts.get("logo")).map(logo -> site.commune().pictures().get(String.valueOf(logo))).filter(Picture::resized)
                    .ifPresent(logo -> facts.put("logoVariants", logo.variants().stream()
                            .map(v -> Map.of("path", v.sitePath(), "width", String.valueOf(v.width()))).toList()));
            site.overseer().ifPresent(overseer -> {
                facts.put("overseer", overseerFacts(overseer));
                if (!overseer.ratingEndpoint().isEmpty()) {
                    facts.put("rating", overseer.ratingEndpoint());
                    facts.put("formAction", "'self' " + origin(overseer.ratingEndpoint()));
                }
            });
            return new SiteData(site,
                    site.commune().assets().stream().collect(Collectors.toMap(Asset::sitePath, Function.identity())),
                    facts, Metadata.organization(site.commune(), site.overseer()), sitemap(site),
                    site.outputs().stream().filter(output -> output.format().feed()).toList(), icon);
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
        // Optional, left out when not given, so that a template asks "??" rather than compares with "".
        Map<String, String> given = new LinkedHashMap<>();
        given.put("publicServices", overseer.publicServices());
        given.put("address", overseer.contact().address());
        given.put("phone", overseer.contact().phone());
        given.put("email", overseer.contact().email());
        given.forEach((key, value) -> {
            if (!value.isEmpty()) {
                facts.put(key, value);
            }
        });
        return facts;
    }

    /** "https://host[:port]" of an address: what a Content-Security-Policy's form-action names. */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private final Site site;
    private final SiteData shared;
    private final String root;

    /** @param root the relative path from the file modelled back to the site's root */
    private PageModel(SiteData shared, String root) {
        this.site = shared.site();
        this.shared = shared;
        this.root = root;
    }

    /**
     * The model of one page: {@code site}, {@code menu} and {@code page}. The page for an address not found is served
     * in place of any address of the site, however deep: its links start from the portal's own root path.
     */
    static Map<String, Object> of(SiteData site, Page page) {
        String root = page.type().addressed() ? page.root()
                : java.net.URI.create(site.site().commune().baseUrl()).getRawPath() + "/";
        return new PageModel(site, root).build(page);
    }

    /** The absolute address of a file of a unit's site, from the portal's address (dia_chi_web): the one place that makes it. */
    static String address(Commune commune, String path) {
        return commune.baseUrl() + "/" + path;
    }

    /**
     * The model of a file of an output format made by a template or from a model (a feed, sitemap.xml): {@code site}
     * and {@code page}, whose {@code listing} holds the items as a page lists them, {@code feed} what a feed says of
     * itself, and {@code urls} the site's HTML pages.
     */
    static Map<String, Object> of(SiteData site, Output output) {
        return new PageModel(site, output.root()).output(output);
    }

    /** The facts about a commune that every page shows in its header and footer, and the hub lists. */
    static Map<String, Object> siteFacts(Commune commune) {
        return new LinkedHashMap<>(unitFacts(commune));
    }

    /** What a unit's site says of the unit, as text: its own fields, then {@link #SITE_FACTS}' first ones. The hub lists it. */
    static Map<String, String> unitFacts(Commune commune) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("slug", commune.slug());
        facts.put("name", commune.name());
        commune.config().map().forEach((key, value) -> facts.put(key, value.plain()));
        facts.put("baseUrl", commune.baseUrl());
        facts.put("profile", commune.menu().name());
        facts.put("profileVersion", commune.menu().version());
        return facts;
    }

    private Map<String, Object> build(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", shared.facts());
        model.put("menu", menu(site.menu(), page.section()));
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
        model.put("page", page(page));
        return model;
    }

    private Map<String, Object> output(Output output) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", output.title());
        page.put("root", root);
        page.put("url", address(site.commune(), output.path()));
        page.put("sitemap", address(site.commune(), GeneratedPaths.SITEMAP_XML));
        page.put("file", output.path().substring(output.path().lastIndexOf('/') + 1));
        output.section().ifPresent(section -> page.put("section", section(section)));
        page.put("listing", output.listing().stream().map(this::summary).toList());
        page.put("feed", feed(output));
        page.put("urls", shared.urls());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", shared.facts());
        model.put("page", page);
        return model;
    }

    /** What every format of a feed says of it: its title, what it carries, and the page its items are listed on. */
    private Map<String, Object> feed(Output output) {
        String name = site.commune().name();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("title", output.section().map(section -> output.title() + " – " + name).orElse(name));
        feed.put("description", "Thông tin mới đăng" + output.section().map(section -> " trong chuyên mục " + output.title()).orElse("")
                + " trên cổng thông tin điện tử của " + name);
        feed.put("home", address(site.commune(), output.section().map(SitePlanner::sectionHref).orElse(GeneratedPaths.HOME)));
        return feed;
    }

    /** The feeds a page announces in its head: the site's, and its section's own. */
    private List<Map<String, Object>> alternates(Optional<Section> section) {
        return shared.feeds().stream()
                .filter(feed -> feed.section().isEmpty() || feed.section().equals(section))
                .map(feed -> Map.<String, Object>of("type", feed.format().mediaType(), "href", root + feed.path(),
                        "title", feed(feed).get("title") + " (" + feed.format().name() + ")"))
                .toList();
    }

    private List<Map<String, Object>> menu(List<MenuItem> items, Optional<Section> current) {
        List<Map<String, Object>> menu = new ArrayList<>();
        for (MenuItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", item.section().title());
            entry.put("path", item.section().path());
            entry.put("href", root + item.href());
            entry.put("current", current.map(s -> s.path().equals(item.section().path())
                    || s.path().startsWith(item.section().path() + "/")).orElse(false));
            entry.put("children", menu(item.children(), current));
            menu.add(entry);
        }
        return menu;
    }

    private Map<String, Object> page(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", page.type().name().toLowerCase(Locale.ROOT));
        model.put("title", page.title());
        model.put("root", root);
        String url = address(site.commune(), page.output());
        model.put("url", url);
        if (page.type().addressed()) {
            model.put("canonical", url);
        }
        model.put("jsonLd", Metadata.page(shared.organization(), page.entry().filter(e -> page.type() == Page.Type.ENTRY), url));
        model.put("file", page.output().substring(page.output().lastIndexOf('/') + 1));
        model.put("alternates", alternates(page.section()));
        model.put("breadcrumbs", page.breadcrumbs().stream().map(this::link).toList());
        page.previous().ifPresent(link -> model.put("previous", link(link)));
        page.next().ifPresent(link -> model.put("next", link(link)));
        page.section().ifPresent(section -> model.put("section", section(section)));
        page.section().flatMap(Section::lang).ifPresent(lang -> model.put("lang", lang));
        page.entry().ifPresent(entry -> model.putAll(entry(entry)));
        model.put("listing", page.listing().stream().map(this::summary).toList());
        table(page).ifPresent(table -> model.put("table", table));
        model.put("facets", facets(page));
        page.paging().ifPresent(paging -> model.put("paging", paging(page, paging)));
        model.put("subsections", page.subsections().stream()
                .map(item -> link(new Link(item.section().title(), item.href()))).toList());
        model.put("share", share(page));
        return model;
    }

    /**
     * What search engines and a shared link's preview (OpenGraph, Twitter card) say of a page: its description (the
     * item's summary, else the start of its text, else the unit's description), whether it is an article, and its image
     * at its absolute address (the item's picture, else the unit's logo) with the image's description. Previews show no
     * drawing (SVG): a map in SVG gives none.
     */
    private Map<String, Object> share(Page page) {
        Map<String, Object> share = new LinkedHashMap<>();
        Optional<Entry> item = page.entry().filter(entry -> page.type() == Page.Type.ENTRY || page.type() == Page.Type.PAGE);
        share.put("description", page.entry().flatMap(PageModel::description).orElse((String) shared.facts().get("description")));
        share.put("type", item.isPresent() ? "article" : "website");
        Optional<Map<String, Object>> picture = item.flatMap(entry -> pictures(entry)
                .filter(shown -> !Attachments.isDrawing(shown.path())).findFirst()
                .map(shown -> preview(shown.path(), shown.alt(), true)));
        picture.or(() -> site.commune().config().path("logo").filter(path -> !Attachments.isDrawing(path))
                        .map(path -> preview(path, "Biểu trưng của " + site.commune().name(), false)))
                .ifPresent(image -> share.put("image", image));
        return share;
    }

    /** An image of the site as a preview shows it: at its absolute address, with its description; large for an item's picture. */
    private Map<String, Object> preview(String path, String alt, boolean large) {
        return Map.of("url", address(site.commune(), path), "alt", alt, "large", large);
    }

    /** An item's summary (its own, or its kind's summary field), else the start of its text; none when it has no text. */
    private static Optional<String> description(Entry entry) {
        Kind.Display display = entry.kind().map(Kind::display).orElse(Kind.Display.PLAIN);
        String text = entry.values().plain("summary").or(() -> display.summary().flatMap(entry.values()::shown))
                .orElse(entry.body().text()).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() <= DESCRIPTION_LENGTH) {
            return Optional.of(text);
        }
        int space = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return Optional.of(text.substring(0, space > 0 ? space : DESCRIPTION_LENGTH - 1) + "…");
    }

    private Map<String, Object> section(Section section) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", section.title());
        model.put("titleEn", section.titleEn());
        model.put("kind", section.kind());
        model.put("url", address(site.commune(), SitePlanner.sectionHref(section)));
        model.put("required", section.required());
        section.basis().ifPresent(basis -> model.put("basis", basis.cite(Lang.VI)));
        return model;
    }

    /** An item shown on its own page, or a section's landing text. */
    private Map<String, Object> entry(Entry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        // Rendered once, when the item was checked; its photos are given their copies and sizes here, in the unit's site.
        model.put("body", PictureTags.body(entry.body().html(), entry.item().folder(), site.commune().pictures()));
        model.put("draft", entry.draft()); // only the editor's preview publishes drafts
        window(entry).ifPresent(state -> model.put("window", state));
        entry.date().ifPresent(date -> {
            model.put("date", date.format(DAY));
            model.put("isoDate", date.toString()); // for <time datetime>
        });
        entry.values().plain("summary").ifPresent(summary -> model.put("summary", summary));
        model.put("tags", entry.tags().stream().map(tag -> Map.of("title", tag, "href", root + GeneratedPaths.tagPage(tag))).toList());
        Kind.Display display = entry.kind().map(Kind::display).orElse(Kind.Display.PLAIN);
        List<String> inParts = display.parts().stream().flatMap(part -> Stream.concat(part.fields().stream(),
                part.byline().stream())).toList();
        List<Map<String, Object>> facts = new ArrayList<>();
        List<Map<String, Object>> attachments = new ArrayList<>();
        shownFields(entry).forEach((spec, value) -> {
            switch (spec.type().placement()) {
                case PICTURE -> { } // the item's picture, below
                case ATTACHMENTS -> ((Value.Paths) value).paths().forEach(path -> attachments.add(attachment(spec, path)));
                case FACTS -> {
                    if (!inParts.contains(spec.key())) {
                        facts.add(fact(spec, value));
                    }
                }
                case TABLE, NONE -> { } // tables below; configuration is never shown
            }
        });
        picture(entry).ifPresent(image -> model.put("image", image));
        model.put("fields", facts);
        model.put("parts", display.parts().stream().map(part -> part(entry, part)).toList());
        model.put("tables", tables(entry));
        model.put("attachments", attachments);
        model.put("source", entry.item().repoPath());
        return model;
    }

    /** The fields of an item's kind that readers see and the item has, in the kind's order. */
    private static Map<FieldSpec, Value> shownFields(Entry entry) {
        Map<FieldSpec, Value> shown = new LinkedHashMap<>();
        entry.kind().ifPresent(kind -> kind.fields().stream().filter(spec -> !spec.hidden())
                .forEach(spec -> entry.values().get(spec.key()).ifPresent(value -> shown.put(spec, value))));
        return shown;
    }

    /** A field as a reader sees it: its label, its text, and where it leads (an address, e-mail, phone). */
    private static Map<String, Object> fact(FieldSpec spec, Value value) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("key", spec.key());
        field.put("label", spec.label());
        field.put("value", spec.type().text(spec, value));
        spec.type().href(value).ifPresent(href -> field.put("href", href));
        return field;
    }

    /** A part of an item's page (a question, its answer): its heading, its paragraphs, who and when. */
    private static Map<String, Object> part(Entry entry, Kind.Part part) {
        Values values = entry.values();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", part.title());
        model.put("id", vn.congxa.content.Slugs.slugify(part.title()));
        model.put("paragraphs", part.fields().stream().flatMap(key -> values.shown(key).stream()).toList());
        model.put("byline", part.byline().stream().filter(values::has)
                .map(key -> Map.of("value", values.shown(key).orElseThrow(), "date", values.day(key).isPresent())).toList());
        model.put("body", part.body());
        return model;
    }

    /** Whether a draft is open for comments on the build day: "open", "closed" or "upcoming", and its closing date. */
    private Optional<Map<String, Object>> window(Entry entry) {
        return entry.kind().flatMap(Kind::window).flatMap(window -> {
            Optional<LocalDate> opens = entry.values().day(window.from());
            Optional<LocalDate> closes = entry.values().day(window.until());
            if (opens.isEmpty() || closes.isEmpty()) {
                return Optional.empty();
            }
            LocalDate from = opens.get();
            LocalDate until = closes.get();
            LocalDate today = site.asOf();
            String state = today.isBefore(from) ? "upcoming" : today.isAfter(until) ? "closed" : "open";
            return Optional.of(Map.of("state", state, "from", from.format(DAY), "until", until.format(DAY)));
        });
    }

    /** Each entries field of an item (the rows of a schedule) as a table: its sub-fields are the columns. */
    private static List<Map<String, Object>> tables(Entry entry) {
        List<Map<String, Object>> tables = new ArrayList<>();
        shownFields(entry).forEach((spec, value) -> {
            if (value instanceof Value.Rows rows) {
                List<FieldSpec> columns = spec.fields().stream().filter(column -> !column.hidden()).toList();
                List<List<String>> cells = rows.rows().stream().map(row -> columns.stream()
                        .map(column -> row.get(column.key()).map(cell -> column.type().cell(column, cell)).orElse("")).toList()).toList();
                tables.add(Map.of("label", spec.label(), "columns", columns.stream().map(FieldSpec::label).toList(), "rows", cells));
            }
        });
        return tables;
    }

    /** A picture an item's field shows: its {@code <img>}'s attributes, for a photo those {@link PictureTags} gives. */
    private Map<String, Object> image(String path, String alt) {
        Map<String, Object> image = new LinkedHashMap<>();
        Optional.ofNullable(site.commune().pictures().get(path)).ifPresentOrElse(
                picture -> image.putAll(PictureTags.attributes(picture, sitePath -> root + sitePath)),
                () -> image.put("src", root + path));
        image.put("alt", alt);
        return image;
    }

    private Map<String, Object> attachment(FieldSpec spec, String path) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("label", spec.label());
        attachment.put("name", path.substring(path.lastIndexOf('/') + 1));
        attachment.put("href", root + path);
        int dot = path.lastIndexOf('.');
        attachment.put("type", dot < 0 ? "" : path.substring(dot + 1).toUpperCase(Locale.ROOT));
        Optional.ofNullable(site.commune().pdfs().get(path)).ifPresent(pdf -> attachment.put("pages", pdf.pages()));
        attachment.put("size", Optional.ofNullable(shared.assets().get(path)).map(a -> Vietnamese.size(a.size())).orElse(""));
        return attachment;
    }

    /** An item as listed on a section page or the home page, and in feeds. */
    private Map<String, Object> summary(Entry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", entry.title());
        model.put("href", root + SitePlanner.output(entry));
        model.put("url", address(site.commune(), SitePlanner.output(entry)));
        entry.date().ifPresent(date -> {
            model.put("date", date.format(DAY));
            model.put("isoDate", date.toString());
            model.put("rfc822", date.atStartOfDay(VIETNAM).format(DateTimeFormatter.RFC_1123_DATE_TIME));
            model.put("dateTime", date.atStartOfDay(VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)); // Atom, JSON Feed
        });
        Kind.Display display = entry.kind().map(Kind::display).orElse(Kind.Display.PLAIN);
        entry.values().plain("summary").or(() -> display.summary().flatMap(entry.values()::shown))
                .ifPresent(summary -> model.put("summary", summary));
        entry.section().ifPresent(section -> model.put("section", section.title()));
        window(entry).ifPresent(state -> model.put("window", state));
        picture(entry).ifPresent(image -> model.put("image", image));
        entry.date().ifPresent(date -> model.put("year", String.valueOf(date.getYear())));
        Map<String, Field> shown = new LinkedHashMap<>();
        shownFields(entry).forEach((spec, value) -> {
            if (spec.type().placement() == FieldType.Placement.FACTS) {
                shown.put(spec.key(), new Field(spec, value));
            }
        });
        model.put("values", shown.entrySet().stream().collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue().text()), Map::putAll));
        model.put("listed", display.listing().stream().filter(shown::containsKey).map(key -> shown.get(key).model()).toList());
        if (!display.table().isEmpty()) {
            model.put("cells", display.table().stream().map(key -> Optional.ofNullable(shown.get(key)).map(Field::model)
                    .orElseGet(() -> Map.of("value", ""))).toList());
        }
        return model;
    }

    /** The item's picture, its first shown field placed as one: where it is (with its resized copies), and its description. */
    private Optional<Map<String, Object>> picture(Entry entry) {
        return pictures(entry).findFirst().map(shown -> image(shown.path(), shown.alt()));
    }

    /** The pictures an item shows, in the order of its kind's fields. */
    private static Stream<ShownPicture> pictures(Entry entry) {
        return shownFields(entry).keySet().stream().filter(spec -> spec.type().placement() == FieldType.Placement.PICTURE)
                .flatMap(spec -> entry.values().path(spec.key()).stream()
                        .map(path -> new ShownPicture(path, entry.values().plain(spec.alt()).orElse(""))));
    }

    /** @param path under the site's root; @param alt its description, "" for none */
    private record ShownPicture(String path, String alt) {
    }

    /** A field of an item with its value, as a listing shows it. */
    private record Field(FieldSpec spec, Value value) {
        String text() {
            return spec.type().text(spec, value);
        }

        /** Its label, its text, where it leads, and its value as data when that sorts differently (a date). */
        Map<String, Object> model() {
            Map<String, Object> model = fact(spec, value);
            if (!value.plain().equals(text())) {
                model.put("sort", value.plain());
            }
            return model;
        }
    }

    private Map<String, Object> paging(Page page, Paging paging) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", paging.number());
        model.put("count", paging.count());
        paging.year().ifPresent(year -> model.put("year", String.valueOf(year)));
        String section = page.section().map(s -> s.path()).orElse("");
        model.put("years", paging.years().stream()
                .map(year -> Map.of("year", String.valueOf(year), "href", root + Paging.yearPage(section, year))).toList());
        return model;
    }

    /**
     * A section page whose kind lists its items as a table: the columns (a column sorts unless it holds paragraphs),
     * the labels of what its search looks in (the first column and the paragraphs), and what the items are called.
     */
    private static Optional<Map<String, Object>> table(Page page) {
        return page.listing().stream().findFirst().flatMap(Entry::kind).filter(kind -> page.type() == Page.Type.SECTION
                && !kind.display().table().isEmpty()).map(kind -> {
            List<FieldSpec> columns = kind.display().table().stream()
                    .flatMap(key -> kind.fields().stream().filter(spec -> spec.key().equals(key)).limit(1)).toList();
            List<String> searchBy = new ArrayList<>();
            for (FieldSpec column : columns) {
                if (searchBy.isEmpty() || !column.type().brief()) {
                    searchBy.add(column.label());
                }
            }
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("kind", kind.id());
            table.put("noun", kind.title().toLowerCase(Vietnamese.LOCALE));
            table.put("columns", columns.stream().map(column -> Map.of("label", column.label(), "sortable", column.type().brief())).toList());
            table.put("searchBy", searchBy);
            return table;
        });
    }

    /** What a listing can be filtered by: the year, and each field marked {@code filter: true}, with the values present. */
    private List<Map<String, Object>> facets(Page page) {
        List<Map<String, Object>> facets = new ArrayList<>();
        if (page.type() != Page.Type.SECTION || page.listing().isEmpty() || page.paging().map(p -> p.count() > 1).orElse(false)) {
            return facets;
        }
        List<String> years = page.listing().stream().map(Entry::date).flatMap(Optional::stream)
                .map(date -> String.valueOf(date.getYear())).distinct().sorted(Comparator.reverseOrder()).toList();
        facets.add(Map.of("key", "year", "label", "", "options", years)); // the template names it
        java.text.Collator collator = Vietnamese.collator();
        page.listing().get(0).kind().ifPresent(kind -> kind.fields().stream().filter(FieldSpec::filter).forEach(spec -> {
            List<String> options = page.listing().stream().flatMap(e -> e.values().shown(spec.key()).stream()).distinct().sorted(collator).toList();
            facets.add(Map.of("key", spec.key(), "label", spec.label(), "options", options));
        }));
        return facets;
    }

    /** Every HTML page of the site with the date it last changed: its item's date, or its newest listed item's. */
    private static List<Map<String, Object>> sitemap(Site site) {
        List<Map<String, Object>> urls = new ArrayList<>();
        for (Page other : site.pages().stream().filter(page -> page.type().addressed()).toList()) {
            Map<String, Object> url = new LinkedHashMap<>();
            url.put("loc", address(site.commune(), other.output()));
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
        model.put("fields", shownFields(entry).entrySet().stream()
                .filter(field -> field.getKey().type().placement() == FieldType.Placement.FACTS && field.getKey().type().brief())
                .map(field -> fact(field.getKey(), field.getValue())).toList());
        return model;
    }

    private Map<String, Object> link(Link link) {
        return Map.of("title", link.title(), "href", root + link.href());
    }
}
