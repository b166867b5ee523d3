package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import vn.congxa.text.Json;

/**
 * A field as a widget of the web editor (Decap CMS): its key, label, whether the editor may leave it empty, and what
 * its type makes of it ({@link FieldType#widget}).
 */
public final class FieldWidget {

    private FieldWidget() {
    }

    /**
     * Where the item being edited lives, for the widgets that upload files: a file goes into the item's own folder (the
     * section's), and is written as the build reads it, relative to the unit's folder ({@code sectionPath/name.pdf}).
     *
     * @param sectionPath the folder of the item inside its unit's, "" for the unit's own files (commune.yml)
     * @param kindIds     the kinds a unit's own section may be of
     */
    public record Place(String sectionPath, Collection<String> kindIds) {
        public Place {
            kindIds = List.copyOf(kindIds);
        }

        /** Uploads into the item's folder, written relative to the unit's folder. */
        void media(ObjectNode widget) {
            widget.put("media_folder", "").put("public_folder", sectionPath);
        }
    }

    public static ObjectNode of(FieldSpec field, Place place) {
        ObjectNode widget = Json.NODES.objectNode();
        widget.put("name", field.key()).put("label", field.label()).put("required", field.required());
        field.type().widget(field, widget, place);
        return widget;
    }

    /** A value the editor must write in a form (a regular expression of JavaScript) before saving, and what to say if not. */
    static void pattern(ObjectNode widget, String regex, String message) {
        widget.putArray("pattern").add(regex).add("Cần viết " + message);
    }
}
