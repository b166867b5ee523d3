package vn.congxa.cms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import vn.congxa.text.Json;

/** JSON nodes written as a YAML document in block style, for the files people open (Decap's config.yml). */
final class Yaml {

    private static final DumpSettings SETTINGS = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
            .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).build();

    private Yaml() {
    }

    /** The document, after a comment line saying where it comes from. */
    static String document(JsonNode node, String comment) {
        Object value = Json.MAPPER.convertValue(node, Map.class);
        return "# " + comment + "\n" + new Dump(SETTINGS).dumpToString(value);
    }
}
