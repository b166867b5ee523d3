package vn.congxa.profile;

import java.util.List;

/**
 * A kind of content (document, procedure, page…): the fields its front matter has beyond the common ones, how many
 * items a page of its listings shows (0: all on one page), and, for drafts open for comments, the dates of that window.
 */
public record Kind(String id, String title, String titleEn, List<FieldSpec> fields, int pageSize, java.util.Optional<Window> window) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public Kind {
        fields = List.copyOf(fields);
    }
}
