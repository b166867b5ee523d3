package vn.congxa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.yaml.YNode;
import vn.congxa.yaml.YamlReader;

/** The JSON Schemas written by {@code schemas} accept what the build accepts and refuse what it refuses. */
class KindSchemasTest {

    @TempDir
    Path dir;

    @Test
    void everyFrontMatterAndCommuneFileOfTheDistrictOf2023IsValidAgainstItsSchema() throws IOException {
        TestRepo repo = TestRepo.district2023(dir.resolve("repo"));
        Path schemas = dir.resolve("schemas");
        TestRepo.Run run = repo.run("schemas", "--out", schemas.toString());
        assertEquals(0, run.exit(), run::toString);
        Profile profile = ProfileLoader.load(repo.root()).inForce(java.time.LocalDate.parse(TestRepo.AUDIT_AS_OF)).orElseThrow();

        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(repo.path("communes"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = repo.path("communes").relativize(file);
                if (file.getFileName().toString().equals("commune.yml")) {
                    assertValid(schema(schemas, "commune"), yaml(Files.readString(file)), file);
                    checked.add(relative.toString());
                    continue;
                }
                Path parent = relative.getParent(); // <commune>/<section…>
                String folder = parent.getNameCount() < 2 ? "" : parent.subpath(1, parent.getNameCount()).toString().replace('\\', '/');
                var section = profile.find(folder);
                if (!file.toString().endsWith(".md") || file.getFileName().toString().equals("index.md") || section.isEmpty()) {
                    continue;
                }
                assertValid(schema(schemas, section.get().kind()), frontMatter(file), file);
                checked.add(relative.toString());
            }
        }
        assertTrue(checked.size() > 100, checked::toString);
    }

    @Test
    void aDocumentTheBuildRefusesIsRefusedByItsSchema() throws IOException {
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        assertEquals(0, repo.run("schemas", "--out", dir.resolve("schemas").toString()).exit());
        JsonNode document = yaml("title: Quyết định\ndate: 05/10/2026\nhinh_thuc: Quyet dinh\nngay_ban_hanh: 2026-10-01\n");
        Set<ValidationMessage> problems = schema(dir.resolve("schemas"), "van-ban").validate(document);
        String all = problems.toString();
        assertTrue(all.contains("so_ky_hieu"), all);
        assertTrue(all.contains("hinh_thuc"), all);
        assertTrue(all.contains("date"), all);
        assertEquals(3, problems.size(), all);
    }

    private static void assertValid(JsonSchema schema, JsonNode value, Path file) {
        Set<ValidationMessage> problems = schema.validate(value);
        assertEquals(Set.of(), problems, file::toString);
    }

    private static JsonSchema schema(Path folder, String name) throws IOException {
        JsonNode node = new ObjectMapper().readTree(folder.resolve(name + ".schema.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    private static JsonNode frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---", 4);
        return yaml(text.substring(4, end));
    }

    private static JsonNode yaml(String text) {
        return json(YamlReader.read(text, "test", 1).root().orElseThrow());
    }

    /** YAML as JSON, with scalars typed the way YAML 1.2 reads them, as an editor's tooling does. */
    private static JsonNode json(YNode node) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (node instanceof YNode.Mapping mapping) {
            ObjectNode object = json.objectNode();
            mapping.entries().forEach((key, entry) -> object.set(key, json(entry.value())));
            return object;
        }
        if (node instanceof YNode.Sequence sequence) {
            ArrayNode array = json.arrayNode();
            sequence.items().forEach(item -> array.add(json(item)));
            return array;
        }
        Object value = ((YNode.Scalar) node).value();
        if (value instanceof Long number) {
            return json.numberNode(number);
        }
        if (value instanceof Double number) {
            return json.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return json.booleanNode(bool);
        }
        return value == null ? json.nullNode() : json.textNode(value.toString());
    }
}
