package vn.congxa.check;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import vn.congxa.content.Asset;
import vn.congxa.content.Item;
import vn.congxa.content.Links;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Profile;

/**
 * What an item's Markdown body may contain: no raw HTML when the profile refuses it, no link that runs code
 * (javascript:, data:…), no link that leaves the commune's folder or points nowhere, no image without a description.
 */
final class MarkdownRule {

    /** Deeper nesting (lists in lists, quotes in quotes…) is refused: no real article has it, and renderers recurse on it. */
    static final int MAX_DEPTH = 50;

    private static final Pattern CONTAINER_MARKER = Pattern.compile("\\s*(?:[>*+-]|\\d{1,9}[.)])(?:\\s+|$)");
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private final SourceTree tree;
    private final Profile.RawHtml rawHtml;
    private final boolean checkTargets;
    private final Set<String> targets = new HashSet<>();
    private final Map<String, List<String>> images = new HashMap<>();

    /**
     * @param reachable    the trees whose files appear in the site (the commune's and the shared one)
     * @param checkTargets whether relative links must point to something reachable; not for the shared pages,
     *                     whose links may point into each commune's own folders
     */
    private MarkdownRule(SourceTree tree, List<SourceTree> reachable, Profile.RawHtml rawHtml, boolean checkTargets) {
        this.tree = tree;
        this.rawHtml = rawHtml;
        this.checkTargets = checkTargets;
        for (SourceTree source : reachable) {
            for (Item item : source.items()) {
                targets.add(item.sitePath());
                targets.add(item.folder().isEmpty() ? item.baseName() + ".html" : item.folder() + "/" + item.baseName() + ".html");
            }
            source.assets().stream().map(Asset::sitePath).forEach(targets::add);
            for (String folder : source.folders()) {
                targets.add(folder);
                targets.add(folder + "/index.html");
            }
        }
        targets.add("index.html");
    }

    /** @return the local images each item shows, by the item's repository path: site paths, for the image budget */
    static Map<String, List<String>> check(SourceTree tree, List<SourceTree> reachable, Profile.RawHtml rawHtml,
                                           boolean checkTargets, List<Finding> findings) {
        MarkdownRule rule = new MarkdownRule(tree, reachable, rawHtml, checkTargets);
        for (Item item : tree.items()) {
            rule.check(item, findings);
        }
        return rule.images;
    }

    private void check(Item item, List<Finding> findings) {
        OptionalInt deepLine = lineWithDeepMarkers(item.body());
        if (deepLine.isPresent()) {
            findings.add(Finding.error(item.repoPath(), item.bodyLine() + deepLine.getAsInt(), "markdown-too-deep",
                    Message.of("markdown.too-deep", MAX_DEPTH)));
            return; // Flexmark's parser recurses on such a line
        }
        Node document;
        try {
            document = PARSER.parse(item.body());
        } catch (StackOverflowError e) {
            findings.add(Finding.error(item.repoPath(), item.bodyLine(), "markdown-too-deep", Message.of("markdown.too-deep", MAX_DEPTH)));
            return;
        }
        OptionalInt tooDeep = lineDeeperThan(document, MAX_DEPTH);
        if (tooDeep.isPresent()) {
            findings.add(Finding.error(item.repoPath(), item.bodyLine() + tooDeep.getAsInt(), "markdown-too-deep",
                    Message.of("markdown.too-deep", MAX_DEPTH)));
            return;
        }
        Set<Integer> htmlLines = new HashSet<>(); // <b>…</b> is two HTML nodes on one line: one finding
        for (Node node : document.getDescendants()) {
            int line = item.bodyLine() + node.getLineNumber();
            if (rawHtml == Profile.RawHtml.REJECT && (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)) {
                if (htmlLines.add(line)) {
                    findings.add(Finding.error(item.repoPath(), line, "raw-html", Message.of("markdown.raw-html", shorten(node.getChars().toString()))));
                }
            } else if (node instanceof Image image) {
                String source = image.getUrl().toString();
                if (image.getText().isBlank()) {
                    findings.add(Finding.error(item.repoPath(), line, "image-alt", Message.of("markdown.image-alt", source)));
                }
                if (source.matches("(?i)^(https?:)?//.*")) {
                    // Pages only load images from their own site (Content-Security-Policy): no tracking by other sites.
                    findings.add(Finding.error(item.repoPath(), line, "external-image", Message.of("markdown.external-image", source)));
                } else {
                    link(item, source, line, findings);
                    if (Links.isLocal(source)) {
                        resolve(item.folder(), source.replaceAll("[?#].*", ""))
                                .ifPresent(path -> images.computeIfAbsent(item.repoPath(), k -> new ArrayList<>()).add(path));
                    }
                }
            } else if (node instanceof Link link) {
                link(item, link.getUrl().toString(), line, findings);
            } else if (node instanceof Reference reference) {
                link(item, reference.getUrl().toString(), line, findings);
            }
        }
    }

    private void link(Item item, String url, int line, List<Finding> findings) {
        if (Links.scheme(url).filter(UNSAFE_SCHEMES::contains).isPresent()) {
            findings.add(Finding.error(item.repoPath(), line, "unsafe-link", Message.of("markdown.unsafe-link", shorten(url))));
        }
        if (!Links.isLocal(url)) {
            return; // https:, mailto:, tel:, a place on the page: nothing of the site to check
        }
        if (url.startsWith("/") || url.startsWith("\\")) {
            findings.add(Finding.error(item.repoPath(), line, "absolute-link", Message.of("markdown.absolute-link", url)));
            return;
        }
        Optional<String> target = resolve(item.folder(), url.replaceAll("[?#].*", ""));
        if (target.isEmpty()) {
            findings.add(Finding.error(item.repoPath(), line, "link-outside", Message.of("markdown.link-outside", url, tree.repoPath())));
        } else if (checkTargets && !targets.contains(target.get())) {
            findings.add(Finding.error(item.repoPath(), line, "broken-link",
                    Message.of("markdown.broken-link", url, tree.repoPath() + "/" + target.get())));
        }
    }

    /** The first line opening more than {@link #MAX_DEPTH} lists or quotes at once ("- - - - …", "> > > …"). */
    private static OptionalInt lineWithDeepMarkers(String body) {
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            var markers = CONTAINER_MARKER.matcher(lines.get(i));
            int count = 0;
            while (markers.lookingAt()) {
                count++;
                markers.region(markers.end(), lines.get(i).length());
            }
            if (count > MAX_DEPTH) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The line (in the body) of the first node nested deeper than {@code limit}, walking the tree without recursion. */
    private static OptionalInt lineDeeperThan(Node document, int limit) {
        record Visit(Node node, int depth, int line) {
        }
        Deque<Visit> visits = new ArrayDeque<>(List.of(new Visit(document, 0, 0)));
        while (!visits.isEmpty()) {
            Visit visit = visits.pop();
            // Nodes that Flexmark synthesises (a list opened inside a list item) span no text: they are on their parent's line.
            int line = visit.node().getChars().isEmpty() ? visit.line() : visit.node().getLineNumber();
            if (visit.depth() > limit) {
                return OptionalInt.of(line);
            }
            for (Node child = visit.node().getFirstChild(); child != null; child = child.getNext()) {
                visits.push(new Visit(child, visit.depth() + 1, line));
            }
        }
        return OptionalInt.empty();
    }

    /** The path inside the tree that a relative link from {@code folder} reaches; empty when it climbs out of the tree. */
    static Optional<String> resolve(String folder, String link) {
        Deque<String> parts = new ArrayDeque<>();
        if (!folder.isEmpty()) {
            List.of(folder.split("/")).forEach(parts::addLast);
        }
        for (String part : link.replace('\\', '/').split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part.replace("%20", " "));
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }
}
