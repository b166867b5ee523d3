package vn.congxa.profile;

import java.util.List;

/**
 * A kind of content (document, procedure, page…): the fields its front matter has beyond the common ones, and how
 * many items a page of its listings shows (0: all on one page).
 */
public record Kind(String id, String title, String titleEn, List<FieldSpec> fields, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public Kind {
        fields = List.copyOf(fields);
    }
}
