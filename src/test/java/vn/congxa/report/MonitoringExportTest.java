package vn.congxa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * What the province's monitoring platform ingests (Nghị định 224/2026/NĐ-CP Điều 12): the report's JSON export, per unit,
 * completeness and timeliness against the profile's structure and the build's accessibility and technical indicators,
 * valid against the JSON Schema published beside it.
 */
class MonitoringExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExportFollowsItsPublishedSchemaAndMeasuresEachUnit(@TempDir Path dir) throws IOException {
        TestRepo repo = TestRepo.sample(dir);
        // One unit falls behind: a required section emptied.
        repo.delete("communes/dong-son/thong-ke");
        TestRepo.Run report = repo.run("report", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, report.exit(), report.toString());

        Path folder = repo.path("target/site/bao-cao");
        JsonNode export = JSON.readTree(folder.resolve("danh-gia.json").toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(folder.resolve("danh-gia.schema.json").toFile()));
        Set<ValidationMessage> problems = schema.validate(export);
        assertEquals(Set.of(), problems, "the export is valid against the schema published with it");
        assertEquals("danh-gia.schema.json", export.path("$schema").asText());
        assertEquals("tỉnh Quảng Ngãi", export.path("don_vi").asText());

        JsonNode dongSon = unit(export, "dong-son");
        JsonNode monitoring = dongSon.path("giam_sat");
        int required = monitoring.path("day_du").path("tong").asInt();
        assertTrue(required >= 15, monitoring.toString());
        assertEquals(required - 1, monitoring.path("day_du").path("dat").asInt(), "one required section is empty: " + monitoring);
        assertEquals(1.0, unit(export, "binh-son").path("giam_sat").path("day_du").path("ty_le").asDouble());
        assertTrue(monitoring.path("tiep_can").has("anh_thieu_mo_ta") && monitoring.path("ky_thuat").has("lien_ket_hong"), monitoring.toString());
        assertTrue(unit(export, "ly-son").path("giam_sat").path("anh_trang_nang_nhat_kb").asInt() > 0, "its boundary map is an image");

        // A value of the wrong type is caught by the schema: the platform can trust what passes.
        ((com.fasterxml.jackson.databind.node.ObjectNode) monitoring.path("day_du")).put("ty_le", "đủ");
        assertTrue(!schema.validate(export).isEmpty());
    }

    private static JsonNode unit(JsonNode export, String slug) {
        for (JsonNode unit : export.path("xa")) {
            if (unit.path("ma_xa").asText().equals(slug)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + slug + " in the export");
    }
}
