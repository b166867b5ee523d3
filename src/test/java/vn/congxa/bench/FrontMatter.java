package vn.congxa.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.congxa.bench.SyntheticDistrict.Item;

/** An item's header in the two syntaxes of the benchmark: YAML front matter (congxa, Hugo) and JBake's {@code key=value} lines. */
final class FrontMatter {

    /** JBake ends its header with this line. */
    static final String JBAKE_END = "~~~~~~";

    private FrontMatter() {
    }

    static String yaml(Item item) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(quoted(item.title())).append('\n');
        yaml.append("date: ").append(item.date()).append('\n');
        yaml.append("tags: ").append(item.tags().stream().map(FrontMatter::quoted).collect(Collectors.joining(", ", "[", "]"))).append('\n');
        if (!item.summary().isEmpty()) {
            yaml.append("summary: ").append(quoted(item.summary())).append('\n');
        }
        item.fields().forEach((key, value) -> yaml.append(key).append(':').append(yamlValue(value, "  ")).append('\n'));
        return yaml.append("---\n").toString();
    }

    /**
     * JBake's header: one {@code key=value} line per field, lists joined by commas. Its only listing per section is a
     * tag page, so the item carries its section as its one tag; rows of a schedule cannot be written there and go
     * to the body as a table.
     */
    static String jbake(Item item) {
        StringBuilder header = new StringBuilder();
        header.append("title=").append(item.title()).append('\n');
        header.append("date=").append(item.date()).append('\n');
        header.append("type=post\nstatus=published\n");
        header.append("tags=").append(JBakeSites.sectionTag(item.section())).append('\n');
        if (!item.summary().isEmpty()) {
            header.append("summary=").append(item.summary()).append('\n');
        }
        item.fields().forEach((key, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                header.append(key).append('=').append(String.join(", ", list.stream().map(String::valueOf).toList())).append('\n');
            } else if (!(value instanceof List<?>)) {
                header.append(key).append('=').append(value).append('\n');
            }
        });
        return header.append(JBAKE_END).append("\n\n").toString();
    }

    /** The rows of a schedule as a Markdown table, for JBake. */
    static String scheduleTable(Item item) {
        if (!(item.fields().get("lich") instanceof List<?> rows)) {
            return "";
        }
        StringBuilder table = new StringBuilder("\n| Ngày | Giờ | Nội dung | Chủ trì | Địa điểm |\n|---|---|---|---|---|\n");
        for (Object row : rows) {
            Map<?, ?> cells = (Map<?, ?>) row;
            table.append("| ").append(cells.get("ngay")).append(" | ").append(cells.get("gio")).append(" | ").append(cells.get("noi_dung"))
                    .append(" | ").append(cells.get("chu_tri")).append(" | ").append(cells.get("dia_diem")).append(" |\n");
        }
        return table.toString();
    }

    private static String yamlValue(Object value, String indent) {
        if (value instanceof String text) {
            return " " + quoted(text);
        }
        if (value instanceof LocalDate || value instanceof Long) {
            return " " + value;
        }
        List<?> list = (List<?>) value;
        if (list.isEmpty() || list.get(0) instanceof String) {
            return " " + list.stream().map(v -> quoted((String) v)).collect(Collectors.joining(", ", "[", "]"));
        }
        StringBuilder rows = new StringBuilder();
        for (Object row : list) {
            String prefix = "\n" + indent + "- ";
            for (Map.Entry<?, ?> cell : ((Map<?, ?>) row).entrySet()) {
                rows.append(prefix).append(cell.getKey()).append(':').append(yamlValue(cell.getValue(), indent + "  "));
                prefix = "\n" + indent + "  ";
            }
        }
        return rows.toString();
    }

    /** Always double-quoted: titles hold colons, and "07:30" or "1.001193" must stay text. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
