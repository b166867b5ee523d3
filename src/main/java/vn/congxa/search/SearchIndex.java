package vn.congxa.search;

import vn.congxa.text.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congxa.check.Entry;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldType;
import vn.congxa.field.Value;
import vn.congxa.media.Pdf;
import vn.congxa.site.Page;
import vn.congxa.site.Site;

/**
 * A commune's search index, built with its site: every item page, root page and section, with the words a citizen
 * may type to find it (title, summary, the fields shown on the page, the first {@value #TEXT_LIMIT} characters of the
 * body, the beginning of each PDF attached). The search page searches it in the browser, so the site needs no server; matching, without tones and with d
 * for đ, and ranking are the theme script's.
 * <p>
 * A phone should not download a large commune's whole index to search it. The index is cut into parts of about
 * {@value #PART_BYTES} bytes, newest pages first; {@value #FILE} lists them with the sections each holds and a filter
 * of its words ({@link WordFilter}). The search page fetches only the parts that may hold every word typed, one after
 * the other through script tags (which also work for a site opened from disk), and shows the results as they come.
 *
 * @param documents newest first, then the pages without a date in the order of the site
 */
public record SearchIndex(List<Document> documents) {

    /** Where the list of parts is written, next to the search page {@code tim-kiem/index.html}. */
    public static final String FILE = GeneratedPaths.SEARCH_INDEX;
    /** The characters of a page's text kept for the search: enough to find it and to show a snippet. */
    static final int TEXT_LIMIT = 2_000;
    /** The characters of an item's text in the hub's index, which holds every unit's items. */
    static final int HUB_TEXT_LIMIT = 300;
    /** The size a part aims at, so that the list and one part stay well under 500 KB at 5,000 items. */
    static final int PART_BYTES = 200_000;
    /** The variable the list sets, and the function each part calls, both read by the theme's script. */
    static final String VARIABLE = "congxaChiMuc";
    static final String PART_FUNCTION = "congxaChiMucPhan";

    /** A file of the index: its path under the site's root, and its bytes (UTF-8). */
    public record File(String path, byte[] bytes) {
    }


    /**
     * One page a search can find.
     *
     * @param url     the page, relative to the site's root
     * @param topic   the top-level section it is under ("" at the site root): a search can be narrowed to one
     * @param section the title of its own section, shown with the result
     */
    public record Document(String url, String title, String topic, String section, Optional<LocalDate> day, String text) {
    }

    /** Newest first, then the pages without a date in their order: results of equal rank are shown so. */
    private static final Comparator<Document> NEWEST_FIRST = Comparator.comparing(Document::day,
            Comparator.<Optional<LocalDate>, Boolean>comparing(Optional::isEmpty)
                    .thenComparing(d -> d.orElse(LocalDate.MIN), Comparator.reverseOrder()));

    public SearchIndex {
        documents = List.copyOf(documents);
    }

    /** @param bodyText the plain text of an item's body */
    public static SearchIndex of(Site site, Function<Entry, String> bodyText) {
        List<Document> documents = new ArrayList<>();
        for (Page page : site.pages()) {
            boolean firstListingPage = page.type() == Page.Type.SECTION
                    && page.paging().map(paging -> paging.number() == 1 && paging.year().isEmpty()).orElse(true);
            if (page.type() != Page.Type.ENTRY && page.type() != Page.Type.PAGE && !firstListingPage) {
                continue;
            }
            String topic = page.section().map(section -> section.path().split("/")[0]).orElse("");
            String sectionTitle = page.section().map(section -> section.title()).orElse("");
            String text = page.entry().map(entry -> text(entry, bodyText, site.commune().pdfs())).orElse("");
            documents.add(new Document(page.output(), page.title(), topic, sectionTitle, page.entry().flatMap(Entry::date), text));
        }
        // The first part answers most searches.
        documents.sort(NEWEST_FIRST);
        return new SearchIndex(documents);
    }

    /**
     * What the hub's search finds of a unit: its items (not the pages every unit shares), linked at the unit's portal
     * address, narrowed by unit (the unit's slug is their topic), with their summary and the fields shown on their page
     * ({@value #HUB_TEXT_LIMIT} characters at most) but not their body: the hub's index covers every unit of the
     * province, and the build keeps it for every unit until the hub is written.
     */
    public static List<Document> listed(Site site) {
        String address = site.commune().baseUrl() + "/";
        String unit = site.commune().name();
        return site.pages().stream()
                .filter(page -> page.type() == Page.Type.ENTRY)
                .map(page -> new Document(address + page.output(), page.title(), site.commune().slug(),
                        page.section().map(section -> unit + " · " + section.title()).orElse(unit), page.entry().flatMap(Entry::date),
                        page.entry().map(entry -> capped(text(entry, e -> "", Map.of()), HUB_TEXT_LIMIT)).orElse("")))
                .toList();
    }

    /** The hub's index: what {@link #listed} found of each unit, newest first across the units. */
    public static SearchIndex across(List<List<Document>> units) {
        return new SearchIndex(units.stream().flatMap(List::stream).sorted(NEWEST_FIRST).toList());
    }

    /** The text cut at a space at or before {@code limit} characters. */
    private static String capped(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > limit / 2 ? cut : limit);
    }

    /**
     * The item's summary, the words of the fields shown on its page, the body, then the text of its PDF attachments (the
     * beginning of each, {@link vn.congxa.media.Pdfs#TEXT_CAP} characters at most).
     */
    private static String text(Entry entry, Function<Entry, String> bodyText, Map<String, Pdf> pdfs) {
        List<FieldSpec> shown = entry.kind().stream().flatMap(kind -> kind.fields().stream()).filter(spec -> !spec.hidden()).toList();
        Stream<String> fields = shown.stream()
                .flatMap(spec -> entry.values().get(spec.key()).stream().flatMap(value -> spec.type().words(spec, value)));
        Stream<String> attachments = shown.stream().filter(spec -> spec.type().placement() == FieldType.Placement.ATTACHMENTS)
                .flatMap(spec -> entry.values().get(spec.key()).stream())
                .flatMap(value -> ((Value.Paths) value).paths().stream())
                .map(pdfs::get).filter(java.util.Objects::nonNull).map(Pdf::text);
        Stream<String> summary = entry.values().plain("summary").stream();
        return Stream.of(summary, fields, Stream.of(capped(bodyText.apply(entry), TEXT_LIMIT)), attachments)
                .flatMap(Function.identity())
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining(" "));
    }

    /**
     * The files of the index: first the list of parts ({@code window.congxaChiMuc = {"phan": [...]}}), then each part
     * ({@code congxaChiMucPhan(n, [...])}) next to it.
     */
    public List<File> files() {
        List<List<Document>> parts = new ArrayList<>();
        List<Document> part = new ArrayList<>();
        int size = 0;
        for (Document document : documents) {
            int bytes = Json.compact(row(document)).getBytes(StandardCharsets.UTF_8).length + 1;
            if (!part.isEmpty() && size + bytes > PART_BYTES) {
                parts.add(part);
                part = new ArrayList<>();
                size = 0;
            }
            part.add(document);
            size += bytes;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        List<File> files = new ArrayList<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int number = 1; number <= parts.size(); number++) {
            List<Document> held = parts.get(number - 1);
            WordFilter filter = WordFilter.of(held.stream().map(d -> d.title() + " " + d.text()).toList());
            String path = partFile(number);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("f", path.substring(path.lastIndexOf('/') + 1));
            entry.put("m", held.stream().map(Document::topic).distinct().sorted().toList());
            entry.put("k", filter.hashes());
            entry.put("b", filter.base64());
            listed.add(entry);
            String rows = Json.compact(held.stream().map(SearchIndex::row).toList());
            files.add(new File(path, (PART_FUNCTION + "(" + number + ", " + rows + ");\n").getBytes(StandardCharsets.UTF_8)));
        }
        String list = "window." + VARIABLE + " = " + Json.compact(Map.of("phan", listed)) + ";\n";
        files.add(0, new File(FILE, list.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** Part n of the index, next to the list: {@code tim-kiem/chi-muc-n.js}. */
    static String partFile(int number) {
        return FILE.substring(0, FILE.length() - ".js".length()) + "-" + number + ".js";
    }

    /** Short keys: the index of a large commune is downloaded by phones. */
    private static Map<String, String> row(Document document) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("u", document.url());
        row.put("t", document.title());
        row.put("m", document.topic());
        row.put("c", document.section());
        row.put("n", document.day().map(vn.congxa.text.Vietnamese::day).orElse(""));
        row.put("x", document.text());
        return row;
    }
}
