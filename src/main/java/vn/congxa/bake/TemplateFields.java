package vn.congxa.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.congxa.field.FieldSpec;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Kinds;
import vn.congxa.yaml.Nearest;

/**
 * The fields a template names must exist: an item's value by key ({@code item.values.so_ky_hieu}), or a fact of the
 * unit ({@code site.dia_chi}, {@code commune.email} in the hub). The shared templates name none of a kind's fields (the
 * kinds declare what is shown); a theme that does, and a field renamed in {@code kinds.yml}, fail here with the template
 * and line that still names it, instead of a page silently losing the value. A name the template tests for
 * ({@code site.mau_chu_dao??}) is one it knows may be absent, and is not reported in that template.
 */
public final class TemplateFields {

    private static final Pattern ITEM_VALUE = Pattern.compile("\\bvalues(?:\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*[\"']([^\"']+)[\"']\\s*\\])");
    /** Where a template computes: interpolations and directives, not its text or its comments. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}|<[#@](?!--)[^>]*>");
    /** A name tested for presence ({@code site.x??}): the template handles its absence. */
    private static final Pattern TESTED = Pattern.compile("\\b(?:site|commune|values)\\.([A-Za-z_][A-Za-z0-9_]*)\\?\\?");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern UNIT_FACT = Pattern.compile("\\b(?:site|commune)\\.([A-Za-z_][A-Za-z0-9_]*)");

    private TemplateFields() {
    }

    /** Every template under {@code templates/} that names a field no kind, nor the units' file, has. */
    public static List<Finding> check(Path repositoryRoot, Kinds kinds) {
        Set<String> itemFields = new TreeSet<>();
        kinds.common().forEach(field -> itemFields.add(field.key()));
        kinds.kinds().values().stream().map(Kind::fields).flatMap(List::stream).map(FieldSpec::key).forEach(itemFields::add);
        Set<String> unitFacts = new TreeSet<>(PageModel.SITE_FACTS);
        kinds.commune().forEach(field -> unitFacts.add(field.key()));
        List<Finding> findings = new ArrayList<>();
        Path folder = repositoryRoot.resolve(Baker.TEMPLATES);
        if (!Files.isDirectory(folder)) {
            return findings;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ftl")).sorted().toList()) {
                String path = Baker.TEMPLATES + "/" + file.getFileName();
                String text = Files.readString(file);
                // Comments blanked out, their lines kept, so that offsets still give the right line.
                text = COMMENT.matcher(text).replaceAll(comment -> comment.group().replaceAll("[^\n]", " "));
                Set<String> tested = new TreeSet<>();
                Matcher test = TESTED.matcher(text);
                while (test.find()) {
                    tested.add(test.group(1));
                }
                Matcher expression = EXPRESSION.matcher(text);
                int line = 1;
                int counted = 0; // the offset up to which lines are counted: expressions come in order
                while (expression.find()) {
                    for (; counted < expression.start(); counted++) {
                        line += text.charAt(counted) == '\n' ? 1 : 0;
                    }
                    names(expression.group(), ITEM_VALUE, itemFields, tested, path, line, findings);
                    names(expression.group(), UNIT_FACT, unitFacts, tested, path, line, findings);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable template is reported when it is rendered, with what went wrong.
        }
        return findings;
    }

    private static void names(String expression, Pattern pattern, Set<String> known, Set<String> tested, String path, int line,
                              List<Finding> findings) {
        Matcher matcher = pattern.matcher(expression);
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount());
            if (!known.contains(name) && !tested.contains(name)) {
                findings.add(Finding.error(path, line, "template-field", Message.of("template.unknown-field", name, Nearest.hint(name, known))));
            }
        }
    }
}
