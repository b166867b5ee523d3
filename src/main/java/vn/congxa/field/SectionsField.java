package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.yaml.YNode;

/**
 * A unit's own sections ({@code chuyen_muc_rieng} of {@code commune.yml}): definitions, read by the profile's loader
 * with the profile's own rules, not a value shown to readers.
 */
final class SectionsField implements FieldType {

    @Override
    public String id() {
        return "sections";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        return Optional.empty();
    }

    @Override
    public Placement placement() {
        return Placement.NONE;
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return Stream.empty();
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        ObjectNode item = property.put("type", "array").putObject("items").put("type", "object");
        ObjectNode properties = item.putObject("properties");
        properties.putObject("slug").put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        properties.putObject("title").put("type", "string");
        properties.putObject("title_en").put("type", "string");
        var ids = properties.putObject("kind").put("type", "string").putArray("enum");
        kindIds.forEach(ids::add);
        item.putArray("required").add("slug").add("title").add("kind");
        item.put("additionalProperties", false);
    }

    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        var fields = widget.put("widget", "list").putArray("fields");
        fields.addObject().put("name", "slug").put("label", "Tên thư mục").put("widget", "string")
                .putArray("pattern").add("^[a-z0-9]+(-[a-z0-9]+)*$").add("chữ thường không dấu, nối bằng dấu gạch ngang");
        fields.addObject().put("name", "title").put("label", "Tên chuyên mục").put("widget", "string");
        fields.addObject().put("name", "title_en").put("label", "Tên tiếng Anh").put("widget", "string").put("required", false);
        var kinds = fields.addObject().put("name", "kind").put("label", "Loại nội dung").put("widget", "select").putArray("options");
        place.kindIds().forEach(kinds::add);
    }
}
