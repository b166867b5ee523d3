package vn.congxa.finding;

import vn.congxa.text.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;

/** How findings are printed: lines for people, annotations for GitHub Actions, JSON for tools. */
public enum FindingFormat {
    TEXT {
        @Override
        public void print(List<Finding> findings, Lang lang, PrintWriter out) {
            findings.forEach(f -> out.println(f.toText(lang)));
        }
    },
    GITHUB {
        @Override
        public void print(List<Finding> findings, Lang lang, PrintWriter out) {
            for (Finding f : findings) {
                String command = f.isError() ? "error" : "warning";
                String text = f.message().render(lang) + f.basis().map(b -> " (" + b.cite(lang) + ")").orElse("");
                out.println("::" + command + " file=" + property(f.path())
                        + (f.line() > 0 ? ",line=" + f.line() : "")
                        + ",title=" + property(f.rule()) + "::" + data(text));
            }
        }
    },
    JSON {
        @Override
        public void print(List<Finding> findings, Lang lang, PrintWriter out) {
            ArrayNode array = Json.NODES.arrayNode();
            for (Finding f : findings) {
                ObjectNode node = array.addObject();
                node.put("path", f.path());
                node.put("line", f.line());
                node.put("severity", f.severity().name().toLowerCase());
                node.put("rule", f.rule());
                node.put("message", f.message().render(lang));
                f.basis().ifPresentOrElse(b -> node.put("basis", b.cite(lang)), () -> node.putNull("basis"));
            }
            out.println(array.toPrettyString());
        }
    };


    public abstract void print(List<Finding> findings, Lang lang, PrintWriter out);

    // Escaping rules of GitHub Actions workflow commands.
    private static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
