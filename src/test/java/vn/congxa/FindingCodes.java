package vn.congxa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.finding.Messages;
import vn.congxa.field.FieldType;
import vn.congxa.field.FieldTypes;

/**
 * The rule codes the program can report, read from its own sources, so that a new rule is noticed by the tests that
 * keep the editors' guide complete. A finding's rule is always the argument just before its message:
 * {@code Finding.error(path, line, "rule", Message.of(…))}, {@code new Finding(path, line, severity, "rule", message, …)},
 * {@code add(line, severity, "rule", message, …)}; the argument may choose between two literals ({@code a ? "x" : "y"}).
 */
final class FindingCodes {

    private static final Pattern BEFORE_MESSAGE = Pattern.compile(",\\s*(?:Message\\.of\\(|message\\s*[,)])");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*)\"(\\s*\\+)?");

    private FindingCodes() {
    }

    static Set<String> in(Path sources) {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                codes.addAll(inSource(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static Set<String> inSource(String source) {
        Set<String> codes = new TreeSet<>();
        Matcher message = BEFORE_MESSAGE.matcher(source);
        while (message.find()) {
            Matcher literal = LITERAL.matcher(argumentBefore(source, message.start()));
            while (literal.find()) {
                if (literal.group(2) == null) {
                    codes.add(literal.group(1));
                } else {
                    codes.addAll(builtFrom(literal.group(1)));
                }
            }
        }
        return codes;
    }

    /** The call argument that ends at {@code end}: back to the comma or parenthesis that opens it. */
    private static String argumentBefore(String source, int end) {
        int depth = 0;
        int i = end - 1;
        for (; i >= 0; i--) {
            char c = source.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return source.substring(i + 1, end);
    }

    /**
     * The one rule built at run time is {@code "invalid-" + spec.type().id()}, for the field types that have a message of
     * their own ({@code field.invalid-url}…): those are the codes it makes.
     */
    private static Set<String> builtFrom(String prefix) {
        Properties catalogue = catalogue();
        Set<String> codes = new TreeSet<>();
        FieldTypes.ALL.stream().map(type -> prefix + type.id())
                .filter(code -> catalogue.containsKey("field." + code)).forEach(codes::add);
        if (codes.isEmpty()) {
            throw new IllegalStateException("a rule is built from \"" + prefix + "\" in a way this scan does not know");
        }
        return codes;
    }

    private static Properties catalogue() {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
