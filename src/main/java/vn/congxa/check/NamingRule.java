package vn.congxa.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.congxa.content.Asset;
import vn.congxa.content.Item;
import vn.congxa.content.Slugs;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/**
 * File and folder names become URLs: they must be lower-case ASCII slugs (JBake would otherwise write
 * percent-encoded file names that a web server answers with 404). Each bad name is reported once, with the slug to use.
 */
final class NamingRule {

    private NamingRule() {
    }

    static void check(SourceTree tree, List<Finding> findings) {
        // Pages are generated from Markdown; an HTML file would be published as it is, scripts and all, and could
        // take the place of a generated page. SVG drawings are checked by SvgRule; compressed ones cannot be read.
        tree.assets().stream().filter(a -> a.sitePath().matches("(?i).*\\.(html?|xhtml|svgz)$")).forEach(asset ->
                findings.add(Finding.error(asset.repoPath(), 0, "html-file", Message.of("name.html-file"))));
        Set<String> reported = new HashSet<>();
        Stream.of(tree.folders().stream(), tree.items().stream().map(Item::sitePath), tree.assets().stream().map(Asset::sitePath))
                .flatMap(s -> s)
                .forEach(sitePath -> checkPath(tree.repoPath(), sitePath, reported, findings));
    }

    /** The name of a commune's own folder, which becomes the first part of its sites' URLs. */
    static void checkCommuneFolder(String repoPath, String slug, List<Finding> findings) {
        if (!Slugs.isSlug(slug)) {
            findings.add(Finding.error(repoPath, 0, "file-name", Message.of("name.not-slug", slug, Slugs.slugify(slug))));
        }
    }

    private static void checkPath(String treeRepoPath, String sitePath, Set<String> reported, List<Finding> findings) {
        String[] parts = sitePath.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            prefix.append(i == 0 ? "" : "/").append(parts[i]);
            boolean last = i == parts.length - 1;
            boolean valid = last && parts[i].contains(".") ? Slugs.isSlugFileName(parts[i]) : Slugs.isSlug(parts[i]);
            if (!valid && reported.add(prefix.toString())) {
                String suggestion = last && parts[i].contains(".") ? Slugs.slugifyFileName(parts[i]) : Slugs.slugify(parts[i]);
                findings.add(Finding.error(treeRepoPath + "/" + prefix, 0, "file-name", Message.of("name.not-slug", parts[i], suggestion)));
            }
            if (!valid) {
                return; // the folder is reported; its files would only repeat it
            }
        }
    }
}
