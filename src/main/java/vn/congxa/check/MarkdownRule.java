package vn.congxa.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.congxa.content.Asset;
import vn.congxa.content.Item;
import vn.congxa.content.Links;
import vn.congxa.content.Nesting;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.profile.Profile;

/**
 * What an item's Markdown body may contain: no raw HTML when the profile refuses it, no link that runs code
 * (javascript:, data:…), no link that leaves the commune's folder, points nowhere or to a draft, names a file on the
 * editor's computer or uses a scheme the page would drop, no image without a description. Links written in raw HTML
 * are checked like Markdown's. Linear in the size of the body: a node's line is looked up, never counted.
 */
final class MarkdownRule {

    /** Deeper nesting (lists in lists, quotes in quotes…) is refused: no real article has it, and renderers recurse on it. */
    static final int MAX_DEPTH = Nesting.MAX_DEPTH;
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    /** The extensions of the bake's parser, so that a bare www.… or http://… is seen as the link the page makes of it. */
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()))).build();
    /** What an image's address may be once the external ones are refused: a path of the site, no scheme at all. */
    private static final Set<String> IMAGE_SCHEMES = Set.of();

    private final SourceTree tree;
    private final Profile.RawHtml rawHtml;
    private final boolean checkTargets;
    private final Set<String> targets = new HashSet<>();
    /** The targets that are drafts, as the site sees them: a commune's item hides the shared one at its path. */
    private final Set<String> drafts = new HashSet<>();
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
                String page = item.folder().isEmpty() ? item.baseName() + ".html" : item.folder() + "/" + item.baseName() + ".html";
                boolean first = targets.add(item.sitePath());
                targets.add(page);
                if (first && item.declaresDraft()) {
                    drafts.add(item.sitePath());
                    drafts.add(page);
                }
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
        OptionalInt deepLine = Nesting.lineTooDeep(item.body());
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
        Lines lines = Lines.of(item.body());
        OptionalInt tooDeep = lineDeeperThan(document, MAX_DEPTH, lines);
        if (tooDeep.isPresent()) {
            findings.add(Finding.error(item.repoPath(), item.bodyLine() + tooDeep.getAsInt(), "markdown-too-deep",
                    Message.of("markdown.too-deep", MAX_DEPTH)));
            return;
        }
        Set<Integer> htmlLines = new HashSet<>(); // <b>…</b> is two HTML nodes on one line: one finding
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                int line = item.bodyLine() + lines.of(node);
                if (rawHtml == Profile.RawHtml.REJECT) {
                    if (htmlLines.add(line)) {
                        findings.add(Finding.error(item.repoPath(), line, "raw-html", Message.of("markdown.raw-html", shorten(node.getChars().toString()))));
                    }
                } else {
                    htmlLinks(item, node.getChars().toString(), line, findings);
                }
            } else if (node instanceof Image image) {
                image(item, image.getUrl().toString(), image.getText().isBlank(), item.bodyLine() + lines.of(node), false, findings);
            } else if (node instanceof Link link) {
                link(item, link.getUrl().toString(), item.bodyLine() + lines.of(node), Links.PUBLISHED_SCHEMES, false, findings);
            } else if (node instanceof AutoLink autoLink) {
                // A bare www.… becomes a link to http://www.… on the page.
                String url = autoLink.getUrl().toString();
                link(item, Links.scheme(url).isPresent() ? url : "http://" + url, item.bodyLine() + lines.of(node),
                        Links.PUBLISHED_SCHEMES, false, findings);
            } else if (node instanceof Reference reference) {
                link(item, reference.getUrl().toString(), item.bodyLine() + lines.of(node), Links.PUBLISHED_SCHEMES, false, findings);
            }
        }
    }

    private void image(Item item, String source, boolean undescribed, int line, boolean pasted, List<Finding> findings) {
        if (undescribed) {
            findings.add(Finding.error(item.repoPath(), line, "image-alt", Message.of("markdown.image-alt", source)));
        }
        if (source.matches("(?i)^(https?:)?//.*")) {
            // Pages only load images from their own site (Content-Security-Policy): no tracking by other sites.
            findings.add(Finding.error(item.repoPath(), line, "external-image", Message.of("markdown.external-image", source)));
            return;
        }
        link(item, source, line, IMAGE_SCHEMES, pasted, findings);
        if (Links.isLocal(source)) {
            resolve(item.folder(), source.replaceAll("[?#].*", ""))
                    .ifPresent(path -> images.computeIfAbsent(item.repoPath(), k -> new ArrayList<>()).add(path));
        }
    }

    /** The links and images of HTML pasted into the body, which the sanitiser keeps or unlinks like Markdown's. */
    private void htmlLinks(Item item, String html, int line, List<Finding> findings) {
        String lower = html.toLowerCase(Locale.ROOT);
        if (!lower.contains("href") && !lower.contains("src")) {
            return; // most pasted HTML is formatting (<b>, </p>…): no need to parse it
        }
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document fragment = Jsoup.parse(html, "", parser);
        for (Element anchor : fragment.select("a[href]")) {
            link(item, anchor.attr("href"), line + anchor.sourceRange().start().lineNumber() - 1, Links.PUBLISHED_SCHEMES, true, findings);
        }
        for (Element image : fragment.select("img[src]")) {
            image(item, image.attr("src"), false, line + image.sourceRange().start().lineNumber() - 1, true, findings);
        }
    }

    /**
     * @param schemes the schemes the page keeps for this kind of link; an address with another one is removed by the
     *                sanitiser, or is not a link at all
     * @param pasted  written in raw HTML, which the sanitiser cleans: a link that would run code is removed from the
     *                page, so it is a warning that says what is lost rather than an error
     */
    private void link(Item item, String url, int line, Set<String> schemes, boolean pasted, List<Finding> findings) {
        if (url.isBlank()) {
            return;
        }
        if (Links.isLocalDisk(url)) {
            findings.add(Finding.error(item.repoPath(), line, "local-file-link", Message.of("markdown.local-file-link", shorten(url))));
            return;
        }
        Optional<String> scheme = Links.scheme(url);
        if (scheme.isPresent()) {
            if (UNSAFE_SCHEMES.contains(scheme.get())) {
                findings.add(new Finding(item.repoPath(), line, pasted ? Severity.WARNING : Severity.ERROR, "unsafe-link",
                        Message.of("markdown.unsafe-link", shorten(url)), Optional.empty()));
            } else if (!schemes.contains(scheme.get())) {
                findings.add(Finding.warning(item.repoPath(), line, "stripped-link",
                        Message.of("markdown.stripped-link", shorten(url), scheme.get())));
            } else if (scheme.get().equals("http")) {
                findings.add(Finding.warning(item.repoPath(), line, "insecure-link", Message.of("markdown.insecure-link", shorten(url))));
            }
            return;
        }
        if (!Links.isLocal(url)) {
            return; // a place on the page, another site by //host/…: nothing of the site to check
        }
        if (url.startsWith("/") || url.startsWith("\\")) {
            findings.add(Finding.error(item.repoPath(), line, "absolute-link", Message.of("markdown.absolute-link", url)));
            return;
        }
        Optional<String> target = resolve(item.folder(), url.replaceAll("[?#].*", ""));
        if (target.isEmpty()) {
            findings.add(Finding.error(item.repoPath(), line, "link-outside", Message.of("markdown.link-outside", url, tree.repoPath())));
        } else if (drafts.contains(target.get())) {
            // A draft is never published: in the build, the link would lead nowhere.
            findings.add(new Finding(item.repoPath(), line, item.declaresDraft() ? Severity.WARNING : Severity.ERROR, "link-to-draft",
                    Message.of("markdown.link-to-draft", url, tree.repoPath() + "/" + target.get()), Optional.empty()));
        } else if (checkTargets && !targets.contains(target.get())) {
            findings.add(Finding.error(item.repoPath(), line, "broken-link",
                    Message.of("markdown.broken-link", url, tree.repoPath() + "/" + target.get())));
        }
    }

    /** The line (in the body) of the first node nested deeper than {@code limit}, walking the tree without recursion. */
    private static OptionalInt lineDeeperThan(Node document, int limit, Lines lines) {
        record Visit(Node node, int depth, int line) {
        }
        Deque<Visit> visits = new ArrayDeque<>(List.of(new Visit(document, 0, 0)));
        while (!visits.isEmpty()) {
            Visit visit = visits.pop();
            // Nodes that Flexmark synthesises (a list opened inside a list item) span no text: they are on their parent's line.
            int line = visit.node().getChars().isEmpty() ? visit.line() : lines.of(visit.node());
            if (visit.depth() > limit) {
                return OptionalInt.of(line);
            }
            for (Node child = visit.node().getFirstChild(); child != null; child = child.getNext()) {
                visits.push(new Visit(child, visit.depth() + 1, line));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Where the lines of a body start, to find the line (from 0) of a node by binary search: Flexmark's own
     * {@code getLineNumber()} counts the lines from the start of the text each time, which made checking a body
     * quadratic in its size.
     */
    private record Lines(int[] starts) {
        static Lines of(String text) {
            int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return new Lines(starts);
        }

        int of(Node node) {
            int found = Arrays.binarySearch(starts, node.getStartOffset());
            return found >= 0 ? found : -found - 2;
        }
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
