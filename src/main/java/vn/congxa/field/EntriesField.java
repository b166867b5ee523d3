package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/** Rows (of a schedule), each a mapping read against the field's own fields; shown as a table, one column per field. */
final class EntriesField implements FieldType {

    @Override
    public String id() {
        return "entries";
    }

    @Override
    public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
        if (!(node instanceof YNode.Sequence sequence) || !sequence.items().stream().allMatch(YNode.Mapping.class::isInstance)) {
            reading.problem(node, "wrong-type", Message.of("field.not-entries", spec.key(), spec.localisedLabel()));
            return Optional.empty();
        }
        List<Values> rows = new ArrayList<>();
        for (YNode item : sequence.items()) {
            rows.add(reading.row((YNode.Mapping) item, spec.fields()));
        }
        return Optional.of(new Value.Rows(rows));
    }

    @Override
    public Placement placement() {
        return Placement.TABLE;
    }

    @Override
    public boolean brief() {
        return false;
    }

    /** The shown columns of the table: the fields of a row that are not hidden. */
    public static List<FieldSpec> columns(FieldSpec spec) {
        return spec.fields().stream().filter(column -> !column.hidden()).toList();
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return ((Value.Rows) value).rows().stream().flatMap(row -> columns(spec).stream()
                .flatMap(column -> row.get(column.key()).stream().flatMap(cell -> column.type().words(column, cell))));
    }

    @Override
    public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
        ObjectNode row = property.put("type", "array").putObject("items").put("type", "object");
        ObjectNode properties = row.putObject("properties");
        ArrayNode required = row.putArray("required");
        for (FieldSpec column : spec.fields()) {
            properties.set(column.key(), FieldSchema.of(column, kindIds));
            if (column.required()) {
                required.add(column.key());
            }
        }
    }

    /** A list of rows, each a form of the row's own fields. */
    @Override
    public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
        ArrayNode fields = widget.put("widget", "list").put("add_to_top", false).putArray("fields");
        spec.fields().forEach(column -> fields.add(FieldWidget.of(column, place)));
    }

    @Override
    public void scaffold(FieldSpec spec, LocalDate day, String indent, StringBuilder out) {
        out.append(indent).append(spec.key()).append(":   # ").append(spec.label()).append(": mỗi dòng bắt đầu bằng dấu -\n");
        List<FieldSpec> required = spec.fields().stream().filter(FieldSpec::required).toList();
        for (int i = 0; i < required.size(); i++) {
            required.get(i).type().scaffold(required.get(i), day, indent + (i == 0 ? "  - " : "    "), out);
        }
    }
}
