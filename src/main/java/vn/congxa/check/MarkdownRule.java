package vn.congxa.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.congxa.content.Asset;
import vn.congxa.content.Item;
import vn.congxa.content.Links;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.markdown.Body;
import vn.congxa.markdown.Markdown;
import vn.congxa.profile.Profile;

/**
 * What an item's Markdown body may contain: no raw HTML when the profile refuses it, no link that runs code
 * (javascript:, data:…), no link that leaves the commune's folder, points nowhere or to a draft, names a file on the
 * editor's computer or uses a scheme the page would drop, no image without a description. Links written in raw HTML
 * are checked like Markdown's. Reads each body as {@link Markdown} read it, once for the build.
 */
final class MarkdownRule {

    /** Deeper nesting (lists in lists, quotes in quotes…) is refused: no real article has it, and renderers recurse on it. */
    static final int MAX_DEPTH = Markdown.MAX_DEPTH;
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    /** What an image's address may be once the external ones are refused: a path of the site, no scheme at all. */
    private static final Set<String> IMAGE_SCHEMES = Set.of();

    private final SourceTree tree;
    private final Map<String, Body> bodies;
    private final Profile.RawHtml rawHtml;
    private final boolean checkTargets;
    private final Set<String> targets = new HashSet<>();
    /** The targets that are drafts, as the site sees them: a commune's item hides the shared one at its path. */
    private final Set<String> drafts = new HashSet<>();

    /**
     * @param reachable    the trees whose files appear in the site (the commune's and the shared one)
     * @param checkTargets whether relative links must point to something reachable; not for the shared pages,
     *                     whose links may point into each commune's own folders
     */
    private MarkdownRule(SourceTree tree, Map<String, Body> bodies, List<SourceTree> reachable, Profile.RawHtml rawHtml,
                         boolean checkTargets) {
        this.tree = tree;
        this.bodies = bodies;
        this.rawHtml = rawHtml;
        this.checkTargets = checkTargets;
        for (SourceTree source : reachable) {
            for (Item item : source.items()) {
                String page = Links.pageOf(item.sitePath());
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
                targets.add(Links.pageOf(folder + "/"));
            }
        }
        targets.add("index.html");
    }

    /** The body of every item of the tree; a unit's links must lead to something its site has. */
    static void check(Scope scope, List<Finding> findings) {
        MarkdownRule rule = new MarkdownRule(scope.tree(), scope.bodies(), scope.reachable(), scope.menu().rawHtml(),
                scope.unit().isPresent());
        for (Item item : scope.tree().items()) {
            rule.check(item, findings);
        }
    }

    /** The images of the unit's own folder or the shared one that a body shows, as site paths: what its page downloads. */
    static List<String> localImages(Item item, Body body) {
        List<String> images = new ArrayList<>();
        for (Body.Image image : body.images()) {
            if (Links.isLocal(image.src()) && !image.src().matches("(?i)^(https?:)?//.*")) {
                Links.resolve(item.folder(), image.src().replaceAll("[?#].*", "")).ifPresent(images::add);
            }
        }
        return images;
    }

    private void check(Item item, List<Finding> findings) {
        Body body = bodies.get(item.repoPath());
        if (body.tooDeepLine().isPresent()) {
            findings.add(Finding.error(item.repoPath(), item.bodyLine() + body.tooDeepLine().getAsInt(), "markdown-too-deep",
                    Message.of("markdown.too-deep", MAX_DEPTH)));
            return;
        }
        if (rawHtml == Profile.RawHtml.REJECT) {
            for (Body.RawHtml html : body.rawHtml()) {
                findings.add(Finding.error(item.repoPath(), item.bodyLine() + html.line(), "raw-html",
                        Message.of("markdown.raw-html", shorten(html.firstLine()))));
            }
        }
        for (Body.Image image : body.images()) {
            // Only Markdown's images are held to a description; pasted HTML is checked for its address alone.
            image(item, image.src(), !image.pasted() && !image.described(), item.bodyLine() + image.line(), image.pasted(), findings);
        }
        for (Body.Link link : body.links()) {
            link(item, link.url(), item.bodyLine() + link.line(), Links.PUBLISHED_SCHEMES, link.pasted(), findings);
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
        Optional<String> target = Links.resolve(item.folder(), url.replaceAll("[?#].*", ""));
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

    private static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }
}
