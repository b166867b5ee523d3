package vn.congxa.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/**
 * Files of the unit's folder: one to download ({@code file}), several ({@code files}: a document's attachments), or a
 * picture the page shows ({@code image}: in a format every browser shows, described by its {@code alt} field).
 */
abstract sealed class FileField implements FieldType {

    /** The formats every browser shows; SVG for drawings such as a boundary map (no script runs in an {@code <img>}). */
    static final Pattern IMAGE = Pattern.compile("(?i).*\\.(jpe?g|png|webp|gif|svg)");

    static final class One extends FileField {
        @Override
        public String id() {
            return "file";
        }

        @Override
        public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
            return reading.text(spec, node).flatMap(path -> reading.file(spec, node, path)).map(path -> new Value.Paths(List.of(path)));
        }

        @Override
        public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
            property.put("type", "string");
        }

        @Override
        public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
            place.media(widget.put("widget", "file"));
        }
    }

    static final class Several extends FileField {
        @Override
        public String id() {
            return "files";
        }

        @Override
        public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
            return ListField.texts(spec, node, reading).map(paths -> {
                Set<String> files = new LinkedHashSet<>();
                List<YNode> items = node instanceof YNode.Sequence sequence ? ListField.nonEmptyItems(sequence) : List.of();
                for (int i = 0; i < paths.size(); i++) {
                    YNode at = i < items.size() ? items.get(i) : node; // the line of the path itself, in a list written one per line
                    String path = paths.get(i);
                    reading.file(spec, at, path).filter(file -> !files.add(file))
                            .ifPresent(file -> reading.problem(at, "duplicate-attachment", Message.of("field.duplicate-file", spec.key(), path)));
                }
                return new Value.Paths(List.copyOf(files));
            });
        }

        @Override
        public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
            property.put("type", "array").putObject("items").put("type", "string");
        }

        /** A list of files, one upload each. */
        @Override
        public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
            ObjectNode file = widget.put("widget", "list").putObject("field").put("name", "tep").put("label", "Tệp").put("widget", "file");
            place.media(file);
        }
    }

    static final class Picture extends FileField {
        @Override
        public String id() {
            return "image";
        }

        @Override
        public Optional<Value> read(FieldSpec spec, YNode node, Reading reading) {
            return reading.text(spec, node).flatMap(path -> {
                if (!IMAGE.matcher(path).matches()) {
                    reading.problem(node, "invalid-image", Message.of("field.image-format", spec.key(), path));
                    return Optional.empty();
                }
                Optional<String> file = reading.file(spec, node, path);
                if (file.isPresent() && !spec.alt().isEmpty() && !reading.has(spec.alt())) {
                    reading.problem(node, "image-alt", Message.of("field.image-alt", spec.key(), path, spec.alt()));
                }
                return file.map(sitePath -> new Value.Paths(List.of(sitePath)));
            });
        }

        @Override
        public Placement placement() {
            return Placement.PICTURE;
        }

        @Override
        public List<String> embedded(Value value) {
            return ((Value.Paths) value).paths();
        }

        @Override
        public void describe(FieldSpec spec, ObjectNode property, Collection<String> kindIds) {
            property.put("type", "string").put("pattern", "(?i)\\.(jpe?g|png|webp|gif|svg)$");
        }

        @Override
        public void widget(FieldSpec spec, ObjectNode widget, FieldWidget.Place place) {
            place.media(widget.put("widget", "image"));
        }
    }

    @Override
    public Placement placement() {
        return Placement.ATTACHMENTS;
    }

    @Override
    public Stream<String> words(FieldSpec spec, Value value) {
        return Stream.empty();
    }

    @Override
    public String hint(FieldSpec spec) {
        String asked = FieldType.super.hint(spec);
        return asked.isEmpty() ? " (đường dẫn tệp trong thư mục của xã)" : asked;
    }
}
