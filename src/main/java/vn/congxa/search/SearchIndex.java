package vn.congxa.search;

import vn.congxa.text.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * may type to find it (title, summary, the fields shown on the page, the text of the body). The search page reads it
 * from {@value #FILE} and searches in the browser, so the site needs no server. Matching, without tones and with d
 * for đ, is done by the theme's script.
 *
 * @param documents in the order of the site's pages
 */
public record SearchIndex(List<Document> documents) {

    /** Where the index is written, next to the search page {@code tim-kiem/index.html}. */
    public static final String FILE = GeneratedPaths.SEARCH_INDEX;
    /** The variable the script sets, read by the theme's script. */
    static final String VARIABLE = "congxaChiMuc";


    /**
     * One page a search can find.
     *
     * @param url     the page, relative to the site's root
     * @param topic   the top-level section it is under ("" at the site root): a search can be narrowed to one
     * @param section the title of its own section, shown with the result
     * @param date    dd/MM/yyyy, or ""
     */
    public record Document(String url, String title, String topic, String section, String date, String text) {
    }

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
            String date = page.entry().flatMap(Entry::date).map(vn.congxa.text.Vietnamese::day).orElse("");
            String text = page.entry().map(entry -> text(entry, bodyText, site.commune().pdfs())).orElse("");
            documents.add(new Document(page.output(), page.title(), topic, sectionTitle, date, text));
        }
        return new SearchIndex(documents);
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
        return Stream.of(summary, fields, Stream.of(bodyText.apply(entry)), attachments)
                .flatMap(Function.identity())
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** The index as the script the search page loads ({@code window.congxaChiMuc = [...]}), UTF-8. */
    public byte[] script() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Document document : documents) {
            // Short keys: the index of a large commune is downloaded by phones.
            Map<String, String> row = new LinkedHashMap<>();
            row.put("u", document.url());
            row.put("t", document.title());
            row.put("m", document.topic());
            row.put("c", document.section());
            row.put("n", document.date());
            row.put("x", document.text());
            rows.add(row);
        }
        return ("window." + VARIABLE + " = " + Json.compact(rows) + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}
