package vn.congxa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI templates shipped for adopters ({@code deploy/}) are valid YAML, and every congxa command they run exists
 * with the options they give it: a renamed option cannot leave a district's pipeline broken.
 */
class DeployTemplatesTest {

    private static final Pattern CONGXA = Pattern.compile("bin/congxa ([^\\n;&|]*)");
    /** A shell word: double-quoted, single-quoted or bare. */
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

    @ParameterizedTest
    @ValueSource(strings = {"deploy/github/congxa.yml", "deploy/gitlab/.gitlab-ci.yml"})
    void everyCommandTheTemplateRunsExistsWithItsOptions(String template) throws IOException {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(Path.of(template)));
        assertTrue(yaml instanceof Map<?, ?>, template);
        List<String> scripts = new ArrayList<>();
        collectScripts(yaml, scripts);
        List<List<String>> commands = new ArrayList<>();
        for (String script : scripts) {
            Matcher call = CONGXA.matcher(script);
            while (call.find()) {
                commands.add(words(call.group(1)));
            }
        }
        List<String> names = commands.stream().map(c -> c.get(0)).distinct().sorted().toList();
        assertEquals(List.of("build", "check", "report"), names, template + " checks pull requests, builds and reports");
        for (List<String> command : commands) {
            // Parsing throws on an unknown command or option, or a value of the wrong type.
            Main.parser().parseArgs(command.toArray(String[]::new));
        }
        assertTrue(scripts.stream().anyMatch(s -> s.contains("mvn -B -q package -DskipTests")), template);
        assertTrue(commands.stream().anyMatch(c -> c.contains("--changed-since")), "pull requests check only what they touch");
        assertTrue(commands.stream().anyMatch(c -> c.contains("--shard")), "a large province builds in shards");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/github/congxa.yml", "deploy/gitlab/.gitlab-ci.yml"})
    void theWebServerItSetsUpShowsThePortalsOwnPageForAnAddressNotFound(String template) throws IOException {
        String text = Files.readString(Path.of(template));
        assertTrue(text.contains("error_page 404 /" + vn.congxa.content.GeneratedPaths.NOT_FOUND + ";"), template + ": nginx");
        assertTrue(text.contains("ErrorDocument 404 /" + vn.congxa.content.GeneratedPaths.NOT_FOUND), template + ": Apache");
    }

    /** The shell of every step: GitHub's run: and GitLab's script: lists. */
    private static void collectScripts(Object node, List<String> scripts) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("run".equals(key) && value instanceof String script) {
                    scripts.add(script);
                } else if ("script".equals(key) && value instanceof List<?> lines) {
                    lines.forEach(line -> scripts.add(String.valueOf(line)));
                } else {
                    collectScripts(value, scripts);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectScripts(item, scripts));
        }
    }

    /** The words of a command line, with CI expressions (${{ … }}, $VAR) standing for a sample value. */
    private static List<String> words(String line) {
        String sample = line.replaceAll("\\$\\{\\{[^}]*}}", "1").replaceAll("\\$[A-Z_]+", "1");
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(sample);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
        }
        assertFalse(words.isEmpty(), line);
        return words;
    }
}
