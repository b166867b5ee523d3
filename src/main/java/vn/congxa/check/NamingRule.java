package vn.congxa.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.congxa.content.Asset;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.content.Item;
import vn.congxa.content.Slugs;
import vn.congxa.content.SourceTree;
import vn.congxa.content.StrayFile;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Attachments;

/**
 * File and folder names become URLs: they must be lower-case ASCII slugs (JBake would otherwise write
 * percent-encoded file names that a web server answers with 404), names Windows can open, and no path the site makes
 * itself (a listing page, an archive, a feed, the search, the theme). Each bad name is reported once, with a name to use
 * that no file of the folder has. Files left behind by the system or an editor's program are pointed out with what to
 * do about them.
 */
final class NamingRule {

    private NamingRule() {
    }

    /** A unit's folder name, then every name of the tree. */
    static void check(Scope scope, List<Finding> findings) {
        scope.unit().ifPresent(unit -> checkCommuneFolder(scope.tree().repoPath(), unit.source().slug(), findings));
        check(scope.tree(), findings);
    }

    private static void check(SourceTree tree, List<Finding> findings) {
        Set<String> taken = new HashSet<>(tree.folders());
        tree.items().forEach(item -> taken.add(item.sitePath()));
        tree.assets().forEach(asset -> taken.add(asset.sitePath()));
        tree.strays().forEach(stray -> taken.add(stray.sitePath()));
        Set<String> reported = new HashSet<>();
        tree.folders().stream().filter(GeneratedPaths::isReservedFolder).forEach(folder -> {
            reported.add(folder);
            findings.add(Finding.error(tree.repoPath() + "/" + folder, 0, "reserved-name", Message.of("name.reserved-folder", folder,
                    GeneratedPaths.generatedAt(folder + "/" + GeneratedPaths.HOME).orElseThrow(), free("", folder, taken))));
        });
        tree.folders().forEach(folder -> checkPath(tree.repoPath(), folder, false, taken, reported, findings));
        Stream.concat(tree.items().stream().map(Item::sitePath), tree.assets().stream().map(Asset::sitePath))
                .forEach(sitePath -> checkPath(tree.repoPath(), sitePath, true, taken, reported, findings));
        for (Item item : tree.items()) {
            if (!item.isLanding() && !isReported(item.sitePath(), reported)) {
                String page = (item.folder().isEmpty() ? "" : item.folder() + "/") + item.baseName() + ".html";
                GeneratedPaths.generatedAt(page).ifPresent(generated -> findings.add(Finding.error(item.repoPath(), 0, "reserved-name",
                        Message.of("name.reserved", item.fileName(), page, generated, free(item.folder(), titleSlug(item) + ".md", taken)))));
            }
        }
        // Besides the reserved folders, the site makes HTML and XML, which no commune may publish (refused by their type),
        // and files a profile may let a commune publish (JSON Feeds, robots.txt, favicon.ico): such an attachment is kept off
        // them by its path.
        for (Asset asset : tree.assets()) {
            int slash = asset.sitePath().lastIndexOf('/');
            String folder = slash < 0 ? "" : asset.sitePath().substring(0, slash);
            String name = asset.sitePath().substring(slash + 1);
            if (!Attachments.NEVER.contains(Attachments.extension(name)) && !isReported(asset.sitePath(), reported)) {
                GeneratedPaths.generatedAt(asset.sitePath()).ifPresent(generated -> findings.add(Finding.error(asset.repoPath(), 0,
                        "reserved-name", Message.of("name.reserved", name, asset.sitePath(), generated, free(folder, name, taken)))));
            }
        }
        tree.strays().forEach(stray -> findings.add(stray(stray, taken)));
    }

    /** The name of a commune's own folder, which becomes the first part of its sites' URLs. */
    static void checkCommuneFolder(String repoPath, String slug, List<Finding> findings) {
        if (!Slugs.isSlug(slug)) {
            findings.add(Finding.error(repoPath, 0, "file-name", Message.of("name.not-slug", slug, Slugs.slugify(slug))));
        } else if (Slugs.isWindowsDeviceName(slug)) {
            findings.add(Finding.error(repoPath, 0, "reserved-name", Message.of("name.windows-reserved", slug, slug + "-2")));
        } else {
            GeneratedPaths.generatedBesideUnits(slug).ifPresent(generated -> findings.add(Finding.error(repoPath, 0, "reserved-name",
                    Message.of("name.reserved-commune", slug, generated, "xa-" + slug))));
        }
    }

    /** @param isFile whether the path is a file's (an item or an attachment), not a folder's */
    private static void checkPath(String treeRepoPath, String sitePath, boolean isFile, Set<String> taken, Set<String> reported,
                                  List<Finding> findings) {
        String[] parts = sitePath.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String folder = prefix.toString();
            prefix.append(i == 0 ? "" : "/").append(parts[i]);
            if (reported.contains(prefix.toString()) && i < parts.length - 1) {
                return; // the folder is reported; its files would only repeat it
            }
            boolean file = isFile && i == parts.length - 1;
            boolean valid = file ? Slugs.isSlugFileName(parts[i]) : Slugs.isSlug(parts[i]);
            if (!valid && reported.add(prefix.toString())) {
                String suggestion = file ? Slugs.slugifyFileName(parts[i]) : Slugs.slugify(parts[i]);
                String path = folder.isEmpty() ? suggestion : folder + "/" + suggestion;
                // Renaming a file onto one that exists would overwrite it (a folder would be merged, which is what is meant).
                Message message = file && taken.contains(path)
                        ? Message.of("name.not-slug-taken", parts[i], suggestion, free(folder, suggestion, taken))
                        : Message.of("name.not-slug", parts[i], suggestion);
                findings.add(Finding.error(treeRepoPath + "/" + prefix, 0, "file-name", message));
            } else if (valid && Slugs.isWindowsDeviceName(parts[i]) && reported.add(prefix.toString())) {
                findings.add(Finding.error(treeRepoPath + "/" + prefix, 0, "reserved-name",
                        Message.of("name.windows-reserved", parts[i], free(folder, parts[i], taken))));
            }
            if (reported.contains(prefix.toString())) {
                return;
            }
        }
    }

    private static boolean isReported(String sitePath, Set<String> reported) {
        for (int slash = sitePath.indexOf('/'); slash > 0; slash = sitePath.indexOf('/', slash + 1)) {
            if (reported.contains(sitePath.substring(0, slash))) {
                return true;
            }
        }
        return reported.contains(sitePath);
    }

    /** What to do with a file left behind or misnamed: delete it, or give it the name of an article, if that is free. */
    private static Finding stray(StrayFile stray, Set<String> taken) {
        String name = stray.fileName();
        return switch (stray.kind()) {
            case SYSTEM_FILE -> Finding.warning(stray.repoPath(), 0, "junk-file", Message.of("name.system-file", name));
            case LOCK_FILE -> Finding.warning(stray.repoPath(), 0, "junk-file", Message.of("name.lock-file", name));
            case BACKUP -> Finding.warning(stray.repoPath(), 0, "junk-file", Message.of("name.backup-file", name));
            case ARTICLE -> {
                String article = stray.articleName();
                String path = stray.folder().isEmpty() ? article : stray.folder() + "/" + article;
                Message message = taken.contains(path) ? Message.of("name.article-taken", name, article) : Message.of("name.article", name, article);
                yield Finding.error(stray.repoPath(), 0, "article-not-md", message);
            }
        };
    }

    /** The slug of an item's title, to name it after: better than a number; its file name when it has no title. */
    private static String titleSlug(Item item) {
        return item.frontMatter().flatMap(map -> map.text("title")).map(Slugs::slugify).orElse(item.baseName());
    }

    /**
     * {@code name} if no file or folder of {@code folder} has it and it is no generated page's or Windows' name, else
     * the first of name-2, name-3… that is free.
     */
    static String free(String folder, String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String prefix = folder.isEmpty() ? "" : folder + "/";
        Predicate<String> usable = candidate -> !taken.contains(prefix + candidate) && !Slugs.isWindowsDeviceName(candidate)
                && GeneratedPaths.generatedAt(prefix + candidate.replaceAll("\\.md$", ".html")).isEmpty()
                && !(folder.isEmpty() && GeneratedPaths.isReservedFolder(candidate));
        String candidate = name;
        for (int n = 2; !usable.test(candidate); n++) {
            candidate = base + "-" + n + extension;
        }
        return candidate;
    }
}
