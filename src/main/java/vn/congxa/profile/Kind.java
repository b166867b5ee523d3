package vn.congxa.profile;

import java.util.List;
import java.util.Optional;
import vn.congxa.field.FieldSpec;

/**
 * A kind of content (document, procedure, page…): the fields its front matter has beyond the common ones, how many
 * items a page of its listings shows (0: all on one page), for drafts open for comments, the dates of that window, and,
 * for notices shown on every page while they last (a planned outage), the date field that ends them, the metadata its
 * pages carry for search engines and other portals (JSON-LD), and how its items are shown ({@link Display}).
 */
public record Kind(String id, String title, String titleEn, List<FieldSpec> fields, int pageSize, Optional<Window> window,
                   Optional<String> bannerUntil, Optional<JsonLd> jsonLd, Display display) {

    /**
     * How an item of this kind is described in schema.org terms: its {@code type}, the property that links it to the
     * unit that publishes it ({@code organization}), and which field gives each other property.
     */
    public record JsonLd(String type, String organization, java.util.Map<String, String> properties) {
        public JsonLd {
            properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }
    }

    /**
     * What the theme shows of an item, declared by the kind so that no template names a field.
     *
     * @param listing the fields shown beside an item's title wherever it is listed (a document's number, an official's
     *                position, a procedure's online service)
     * @param table   the columns of the section's page when it lists its items as a table (documents); empty for a list
     * @param summary the field that sums an item up in listings and feeds when it has no {@code summary} of its own
     * @param order   an integer field that orders the items of a section before their date (officials)
     * @param parts   the parts of an item's page, each with a heading, when its page is more than facts and a body (a
     *                question, then its answer); empty for the usual page
     */
    public record Display(List<String> listing, List<String> table, Optional<String> summary, Optional<String> order, List<Part> parts) {
        public static final Display PLAIN = new Display(List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());

        public Display {
            listing = List.copyOf(listing);
            table = List.copyOf(table);
            parts = List.copyOf(parts);
        }
    }

    /**
     * A part of an item's page: its heading, the fields it shows as paragraphs, a line of who and when ({@code byline}),
     * and whether the item's body is in it.
     */
    public record Part(String title, List<String> fields, List<String> byline, boolean body) {
        public Part {
            fields = List.copyOf(fields);
            byline = List.copyOf(byline);
        }
    }

    public static final int DEFAULT_PAGE_SIZE = 20;

    public Kind {
        fields = List.copyOf(fields);
    }
}
