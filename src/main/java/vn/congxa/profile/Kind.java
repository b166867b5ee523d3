package vn.congxa.profile;

import java.util.List;

/** A kind of content (document, procedure, page…): the fields its front matter has beyond the common ones. */
public record Kind(String id, String title, String titleEn, List<FieldSpec> fields) {

    public Kind {
        fields = List.copyOf(fields);
    }
}
