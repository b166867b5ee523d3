package vn.congxa.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/**
 * Reads YAML into {@link YNode}s that remember their lines. Problems come back as findings, never as exceptions:
 * syntax errors with the line and column, duplicate keys, keys that are not plain text, nesting too deep.
 */
public final class YamlReader {

    private static final int MAX_DEPTH = 32;

    /** The outcome of reading: the document (absent when it could not be read) and what was wrong. */
    public record Result(Optional<YNode> root, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    private YamlReader() {
    }

    /**
     * @param text       the YAML text
     * @param path       the file's path from the repository root, for findings
     * @param firstLine  the file line on which {@code text} starts (2 for front matter after its opening "---")
     */
    public static Result read(String text, String path, int firstLine) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // reported as findings below, with both lines
                .setMaxAliasesForCollections(20)
                .setLabel(path)
                .build();
        List<Finding> findings = new ArrayList<>();
        int tooDeep = lineDeeperThan(text, MAX_DEPTH);
        if (tooDeep > 0) {
            // snakeyaml recurses once per level and has no limit of its own: refuse before it overflows the stack.
            findings.add(Finding.error(path, firstLine - 1 + tooDeep, "yaml-too-deep", Message.of("yaml.too-deep", MAX_DEPTH)));
            return new Result(Optional.empty(), findings);
        }
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            Converter converter = new Converter(path, firstLine, findings);
            return new Result(node.map(n -> converter.convert(n, 0)), findings);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            findings.add(Finding.error(path, line, "yaml-syntax", Message.of("yaml.syntax", column, problem(e.getProblem()))));
        } catch (YamlEngineException e) {
            findings.add(Finding.error(path, firstLine, "yaml-syntax", Message.of("yaml.syntax", 1, problem(e.getMessage()))));
        } catch (StackOverflowError e) {
            // A nesting the scan below did not foresee.
            findings.add(Finding.error(path, firstLine, "yaml-too-deep", Message.of("yaml.too-deep", MAX_DEPTH)));
        }
        return new Result(Optional.empty(), findings);
    }

    /**
     * The first line (from 1) on which the nesting exceeds {@code limit}, or 0: flow brackets outside quotes, block
     * indentation levels, and runs of "- " that open a sequence each. An estimate on the safe side of the parser.
     */
    static int lineDeeperThan(String text, int limit) {
        Deque<Integer> indents = new ArrayDeque<>();
        int flow = 0;
        char quote = 0;
        String[] lines = text.split("\n", -1);
        for (int number = 0; number < lines.length; number++) {
            String line = lines[number];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (flow == 0 && quote == 0 && indent < line.length() && line.charAt(indent) != '#') {
                while (!indents.isEmpty() && indents.peek() > indent) {
                    indents.pop();
                }
                if (indents.isEmpty() || indents.peek() < indent) {
                    indents.push(indent);
                }
            }
            int dashes = 0;
            for (int i = indent; i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' '; i += 2) {
                dashes++;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                    break;
                } else if (c == '[' || c == '{') {
                    flow++;
                } else if ((c == ']' || c == '}') && flow > 0) {
                    flow--;
                }
                if (flow + indents.size() + dashes > limit) {
                    return number + 1;
                }
            }
            if (indents.size() + dashes > limit) {
                return number + 1;
            }
        }
        return 0;
    }

    /** The problems editors meet most, explained in their language; any other is quoted as the parser says it. */
    private static final Map<String, String> KNOWN_PROBLEMS = Map.of(
            "mapping values are not allowed here", "yaml.problem.colon-in-value",
            "could not find expected ':'", "yaml.problem.missing-colon",
            "found character '\\t' that cannot start any token", "yaml.problem.tab",
            "did not find expected ',' or ']'", "yaml.problem.unclosed-list",
            "found unexpected end of stream", "yaml.problem.unclosed-quote",
            "did not find expected key", "yaml.problem.indentation");

    private static Message problem(String problem) {
        String text = String.valueOf(problem).trim();
        String key = KNOWN_PROBLEMS.get(text);
        return key == null ? Message.of("yaml.problem.other", text) : Message.of(key);
    }

    private record Converter(String path, int firstLine, List<Finding> findings) {

        YNode convert(Node node, int depth) {
            int line = node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
            if (depth > MAX_DEPTH) {
                findings.add(Finding.error(path, line, "yaml-too-deep", Message.of("yaml.too-deep", MAX_DEPTH)));
                return new YNode.Scalar("", null, line);
            }
            if (node instanceof ScalarNode scalar) {
                return new YNode.Scalar(scalar.getValue(), value(scalar), line);
            }
            if (node instanceof SequenceNode sequence) {
                List<YNode> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(convert(item, depth + 1)));
                return new YNode.Sequence(items, line);
            }
            MappingNode mapping = (MappingNode) node;
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                int keyLine = keyNode.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
                if (!(keyNode instanceof ScalarNode key) || key.getValue().isBlank()) {
                    findings.add(Finding.error(path, keyLine, "yaml-key", Message.of("yaml.key")));
                    continue;
                }
                YNode.Entry previous = entries.get(key.getValue());
                if (previous != null) {
                    findings.add(Finding.error(path, keyLine, "duplicate-key",
                            Message.of("yaml.duplicate-key", key.getValue(), previous.keyLine())));
                    continue;
                }
                entries.put(key.getValue(), new YNode.Entry(key.getValue(), keyLine, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YNode.Mapping(entries, line);
        }

        private static Object value(ScalarNode scalar) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.parseBoolean(text.toLowerCase());
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return Long.decode(text.replace("0o", "0"));
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text;
        }
    }
}
