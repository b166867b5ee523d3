package vn.congxa.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A file in a commune's folder that is neither an item nor anything to publish: one the system or an editor's
 * program leaves behind (Thumbs.db, desktop.ini, Word's lock file ~$…, a backup …~), or an article saved under
 * another extension (.markdown, .md.txt, .MD, a .txt that starts with front matter). It is never published; the
 * checks say what to do with it, which is never to rename it onto a file that exists.
 */
public record StrayFile(String repoPath, String sitePath, Kind kind) {

    /** What the file is, which decides the advice. */
    public enum Kind {
        /** Made by Windows for a folder (Thumbs.db keeps thumbnails of its images, even deleted ones): delete it. */
        SYSTEM_FILE,
        /** Made by Word, Excel or PowerPoint while a document is open (~$…): close the document, then delete it. */
        LOCK_FILE,
        /** A copy an editor keeps of a file before saving it (…~, .bak, .tmp): delete it. */
        BACKUP,
        /** An article whose name does not end in .md: rename it. */
        ARTICLE
    }

    private static final List<String> SYSTEM_FILES = List.of("thumbs.db", "ehthumbs.db", "desktop.ini");
    private static final List<String> BACKUP_ENDINGS = List.of("~", ".bak", ".tmp");
    /** Extensions editors give Markdown, longest first, so that ".md.txt" is removed whole. */
    private static final List<String> ARTICLE_ENDINGS = List.of(".md.txt", ".markdown", ".mdown", ".mkdn", ".mkd", ".md");
    private static final String TEXT = ".txt";

    /**
     * @param fileName              the file's name, without its folder
     * @param startsWithFrontMatter whether the file's first line is "---"; asked only of a .txt file
     */
    public static Optional<Kind> classify(String fileName, BooleanSupplier startsWithFrontMatter) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (SYSTEM_FILES.contains(name)) {
            return Optional.of(Kind.SYSTEM_FILE);
        }
        if (name.startsWith("~$")) {
            return Optional.of(Kind.LOCK_FILE);
        }
        if (BACKUP_ENDINGS.stream().anyMatch(name::endsWith)) {
            return Optional.of(Kind.BACKUP);
        }
        if (!fileName.endsWith(".md") && ARTICLE_ENDINGS.stream().anyMatch(name::endsWith)
                || name.endsWith(TEXT) && startsWithFrontMatter.getAsBoolean()) {
            return Optional.of(Kind.ARTICLE);
        }
        return Optional.empty();
    }

    public String fileName() {
        return sitePath.substring(sitePath.lastIndexOf('/') + 1);
    }

    /** The folder of the file inside its tree, "" at the top. */
    public String folder() {
        int slash = sitePath.lastIndexOf('/');
        return slash < 0 ? "" : sitePath.substring(0, slash);
    }

    /** The name an article should have: its name without the extension it was given, as a slug, then ".md". */
    public String articleName() {
        String name = fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        String ending = ARTICLE_ENDINGS.stream().filter(lower::endsWith).findFirst().orElse(TEXT);
        return Slugs.slugify(name.substring(0, name.length() - ending.length())) + ".md";
    }
}
