package vn.congxa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.Finding;
import vn.congxa.finding.FindingFormat;
import vn.congxa.finding.Message;
import vn.congxa.profile.Kind;
import vn.congxa.profile.KindSchemas;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.site.OutputFolder;

/** {@code schemas}: a JSON Schema per kind of content and one for commune.yml, for editors' text editors. */
@Command(name = "schemas", mixinStandardHelpOptions = true)
final class SchemasCommand implements Callable<Integer>, RepositoryOptions.User {

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--out", paramLabel = "${bundle:label.folder}")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public RepositoryOptions repository() {
        return repository;
    }

    @Override
    public Integer call() throws IOException {
        Path folder = repository.output(out, "target/schemas", spec.commandLine());
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
        // Through the output folder like a site: the schemas of kinds no longer declared are removed, nothing else.
        try (OutputFolder output = OutputFolder.prepare(folder)) {
            for (Map.Entry<String, ObjectNode> schema : schemas.entrySet()) {
                Files.writeString(output.staging().resolve(schema.getKey()), schema.getValue().toPrettyString() + "\n", StandardCharsets.UTF_8);
            }
            List<Finding> clashes = SiteBuild.clashes(output);
            if (!clashes.isEmpty()) {
                FindingFormat.TEXT.print(clashes, repository.lang, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                spec.commandLine().getErr().println(Message.of("cli.nothing-written").render(repository.lang));
                return Main.CONTENT_ERRORS;
            }
            output.publish(OutputFolder.Scope.WHOLE, Set.of());
        }
        for (String name : schemas.keySet()) {
            spec.commandLine().getErr().println(Message.of("cli.schema-written", folder.resolve(name)).render(repository.lang));
        }
        return Main.OK;
    }
}
