package vn.congxa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.Message;
import vn.congxa.profile.Kind;
import vn.congxa.profile.KindSchemas;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.ProfileLoader;

/** {@code schemas}: a JSON Schema per kind of content and one for commune.yml, for editors' text editors. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "Ghi JSON Schema của phần đầu YAML của từng loại nội dung và của commune.yml, để trình soạn thảo gợi ý và kiểm tra.")
final class SchemasCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục ghi (mặc định: target/schemas trong thư mục gốc).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<ProfileLoader.Loaded> loaded = Pipeline.usableProfile(repository, spec.commandLine());
        if (loaded.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        Kinds kinds = loaded.get().kinds().orElseThrow();
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        for (Kind kind : kinds.kinds().values()) {
            schemas.put(kind.id() + ".schema.json", KindSchemas.frontMatter(kinds, kind));
        }
        schemas.put("commune.schema.json", KindSchemas.commune(kinds));
        Path folder = out != null ? out : repository.root.resolve("target/schemas");
        Files.createDirectories(folder);
        for (Map.Entry<String, ObjectNode> schema : schemas.entrySet()) {
            Path file = folder.resolve(schema.getKey());
            Files.writeString(file, schema.getValue().toPrettyString() + "\n", StandardCharsets.UTF_8);
            spec.commandLine().getErr().println(Message.of("cli.schema-written", file.normalize()).render(repository.lang));
        }
        return Main.OK;
    }
}
