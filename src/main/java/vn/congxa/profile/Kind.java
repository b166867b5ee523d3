package vn.congxa.profile;

import java.util.List;

/**
 * A kind of content (document, procedure, page…): the fields its front matter has beyond the common ones, how many
 * items a page of its listings shows (0: all on one page), for drafts open for comments, the dates of that window, and,
 * for notices shown on every page while they last (a planned outage), the date field that ends them, and the
 * metadata its pages carry for search engines and other portals (JSON-LD).
 */
public record Kind(String id, String title, String titleEn, List<FieldSpec> fields, int pageSize, java.util.Optional<Window> window,
                   java.util.Optional<String> bannerUntil, java.util.Optional<JsonLd> jsonLd) {

    /**
     * How an item of this kind is described in schema.org terms: its {@code type}, the property that links it to the
     * unit that publishes it ({@code organization}), and which field gives each other property.
     */
    public record JsonLd(String type, String organization, java.util.Map<String, String> properties) {
        public JsonLd {
            properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }
    }

    public static final int DEFAULT_PAGE_SIZE = 20;

    public Kind {
        fields = List.copyOf(fields);
    }
}
