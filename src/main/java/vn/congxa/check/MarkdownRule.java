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
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.congxa.content.Asset;
import vn.congxa.content.Item;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Profile;

/**
 * What an item's Markdown body may contain: no raw HTML when the profile refuses it, no link that runs code
 * (javascript:, data:…), no link that leaves the commune's folder or points nowhere, no image without a description.
 */
final class MarkdownRule {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private final SourceTree tree;
    private final Profile.RawHtml rawHtml;
    private final boolean checkTargets;
    private final Set<String> targets = new HashSet<>();

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

    static void check(SourceTree tree, List<SourceTree> reachable, Profile.RawHtml rawHtml, boolean checkTargets,
                      List<Finding> findings) {
        MarkdownRule rule = new MarkdownRule(tree, reachable, rawHtml, checkTargets);
        for (Item item : tree.items()) {
            rule.check(item, findings);
        }
    }

    private void check(Item item, List<Finding> findings) {
        Set<Integer> htmlLines = new HashSet<>(); // <b>…</b> is two HTML nodes on one line: one finding
        for (Node node : PARSER.parse(item.body()).getDescendants()) {
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
                link(item, source, line, findings);
            } else if (node instanceof Link link) {
                link(item, link.getUrl().toString(), line, findings);
            } else if (node instanceof Reference reference) {
                link(item, reference.getUrl().toString(), line, findings);
            }
        }
    }

    private void link(Item item, String url, int line, List<Finding> findings) {
        var scheme = SCHEME.matcher(url.strip());
        if (scheme.matches()) {
            if (UNSAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                findings.add(Finding.error(item.repoPath(), line, "unsafe-link", Message.of("markdown.unsafe-link", shorten(url))));
            }
            return; // https:, mailto:, tel: … lead outside the site
        }
        if (url.startsWith("//") || url.startsWith("#") || url.isBlank()) {
            return;
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
