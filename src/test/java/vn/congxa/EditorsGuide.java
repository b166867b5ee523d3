package vn.congxa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The editors' guide ({@code docs/huong-dan-bien-tap.md}) as its tests read it. The guide marks what a machine must
 * check without changing how it reads on GitHub or GitLab, which show only the first word of a fence's info string
 * and hide HTML comments:
 * <ul>
 *   <li>{@code ```markdown title="communes/…/bai.md"}: a file the test writes into the project's sample, valid;</li>
 *   <li>{@code ```markdown title="…" finding="missing-field"}: a file that yields exactly that finding;</li>
 *   <li>{@code ```text output}: the next fence after a wrong example, the lines {@code check} prints for it;</li>
 *   <li>{@code <!-- prose-only: code -->}: an entry whose finding no single text file can produce;</li>
 *   <li>{@code <!-- fields: kind -->}, {@code <!-- sections -->}: the table that follows describes kinds.yml, the profile in
 *   force;</li>
 *   <li>{@code #### `code`}: the heading of a finding's entry.</li>
 * </ul>
 */
record EditorsGuide(List<String> lines) {

    static final Path PATH = Path.of("docs/huong-dan-bien-tap.md");

    private static final Pattern FENCE = Pattern.compile("(`{3,})(\\S*)\\s*(.*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    private static final Pattern MARKER = Pattern.compile("<!-- ([\\w-]+)(?:: (.+?))? -->");
    private static final Pattern HEADING = Pattern.compile("#+ (.+)");
    private static final Pattern ENTRY_HEADING = Pattern.compile("#### `([a-z-]+)`");
    private static final Pattern ANCHOR_LINK = Pattern.compile("\\]\\(#([^)]+)\\)");

    /** A fenced block: its first line (from 1), its language, its {@code name="value"} attributes, its bare words. */
    record Fence(int line, String language, Map<String, String> attributes, Set<String> flags, List<String> content) {
        boolean isExample() {
            return attributes.containsKey("title");
        }

        boolean isOutput() {
            return flags.contains("output");
        }

        /** The file as an editor saves it: every line ends with a newline; an empty fence is an empty file. */
        String text() {
            return content.isEmpty() ? "" : String.join("\n", content) + "\n";
        }
    }

    /** A file the guide shows: where it goes, the finding it claims (none when valid), and the lines printed for it. */
    record Example(String path, Optional<String> finding, String text, List<String> output, int line) {
        @Override
        public String toString() {
            return finding.orElse("valid") + " " + path + " (guide line " + line + ")";
        }
    }

    static EditorsGuide read() {
        try {
            return new EditorsGuide(Files.readAllLines(PATH, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return String.join("\n", lines);
    }

    List<Fence> fences() {
        List<Fence> fences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int close = lines.subList(i + 1, lines.size()).indexOf(open.group(1)) + i + 1;
            if (close == i) {
                throw new IllegalStateException("fence opened on line " + (i + 1) + " is never closed");
            }
            fences.add(fence(i + 1, open.group(2), open.group(3), lines.subList(i + 1, close)));
            i = close;
        }
        return fences;
    }

    private static Fence fence(int line, String language, String info, List<String> content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(info);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        Set<String> flags = Arrays.stream(ATTRIBUTE.matcher(info).replaceAll("").split("\\s+"))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
        return new Fence(line, language, attributes, flags, List.copyOf(content));
    }

    /** Every example, with the output fence that comes next, if the next fence is one. */
    List<Example> examples() {
        List<Fence> fences = fences();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < fences.size(); i++) {
            Fence fence = fences.get(i);
            if (fence.isExample()) {
                List<String> output = i + 1 < fences.size() && fences.get(i + 1).isOutput() ? fences.get(i + 1).content() : List.of();
                examples.add(new Example(fence.attributes().get("title"), Optional.ofNullable(fence.attributes().get("finding")),
                        fence.text(), output, fence.line()));
            }
        }
        return examples;
    }

    /** The lines outside fenced blocks: the guide's own prose, headings, tables and markers. */
    List<String> prose() {
        Set<Integer> fenced = fenced();
        return IntStream.range(0, lines.size()).filter(i -> !fenced.contains(i)).mapToObj(lines::get).toList();
    }

    /**
     * The guide cut at each of its headings (not at the headings of the files it shows): every part is a heading and all
     * that follows it, fenced blocks included, up to the next heading; the text before the first heading is a part too.
     */
    List<String> parts() {
        Set<Integer> fenced = fenced();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !fenced.contains(i) && HEADING.matcher(lines.get(i)).matches()) {
                parts.add(String.join("\n", lines.subList(start, i)));
                start = i;
            }
        }
        return parts;
    }

    /** The indexes of the lines of fenced blocks, from the opening line to the closing one. */
    private Set<Integer> fenced() {
        Set<Integer> fenced = new HashSet<>();
        for (Fence fence : fences()) {
            // From the opening line (index line - 1) to the closing one, after the content.
            IntStream.rangeClosed(fence.line() - 1, fence.line() + fence.content().size()).forEach(fenced::add);
        }
        return fenced;
    }

    /** The values of every {@code <!-- name: value -->} comment. */
    Set<String> markers(String name) {
        return prose().stream().map(MARKER::matcher).filter(Matcher::matches)
                .filter(m -> m.group(1).equals(name)).map(m -> m.group(2)).collect(Collectors.toSet());
    }

    /** The codes of the finding entries' headings. */
    Set<String> entryHeadings() {
        return prose().stream().map(ENTRY_HEADING::matcher).filter(Matcher::matches).map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** The text of every heading, without its #s. */
    List<String> headings() {
        return prose().stream().map(HEADING::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    /** The targets of the links to a place in the guide itself: {@code [mục 1.1](#11-bài-viết-nằm-ở-đâu)}. */
    List<String> anchorLinks() {
        List<String> anchors = new ArrayList<>();
        for (String line : prose()) {
            Matcher link = ANCHOR_LINK.matcher(line);
            while (link.find()) {
                anchors.add(link.group(1));
            }
        }
        return anchors;
    }

    /** The body rows of the table right after {@code <!-- marker -->}, as trimmed cells, header and separator left out. */
    List<List<String>> table(String marker) {
        List<String> prose = prose();
        int start = prose.indexOf("<!-- " + marker + " -->");
        if (start < 0) {
            throw new IllegalStateException("no <!-- " + marker + " --> in the guide");
        }
        return prose.subList(start + 1, prose.size()).stream()
                .takeWhile(line -> line.startsWith("|"))
                .skip(2)
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList())
                .toList();
    }

    /** The text from the heading that starts with {@code heading} to the end of the guide. */
    String from(String heading) {
        int start = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(heading)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no heading " + heading + " in the guide"));
        return String.join("\n", lines.subList(start, lines.size()));
    }
}
