package vn.congxa.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a link in an item points to: another site (it has a scheme, or starts with //), a place on the page, or a file of the site. */
public final class Links {

    /**
     * The schemes a link on a page keeps: the sanitiser of the bake removes the address of any other link (its text
     * stays, unlinked), so the checks point out every other scheme.
     */
    public static final Set<String> PUBLISHED_SCHEMES = Set.of("https", "http", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);
    /**
     * A drive of the editor's computer ({@code C:\…}, {@code C:/…}) or a share of the office network
     * ({@code \\server\share}, its backslashes doubled or not, as Markdown escapes them).
     */
    private static final Pattern LOCAL_DISK = Pattern.compile("^(?:[A-Za-z]:(?:[\\\\/].*)?|\\\\{2,}[^\\\\].*)$", Pattern.DOTALL);

    private Links() {
    }

    /** The scheme of a link ("https", "javascript"…), lower case; empty for a relative link or a path on a local disk. */
    public static Optional<String> scheme(String link) {
        String trimmed = link.strip();
        if (isLocalDisk(trimmed)) {
            return Optional.empty(); // "C:" is a drive, not a scheme
        }
        Matcher matcher = SCHEME.matcher(trimmed);
        return matcher.matches() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether a link names a file on the editor's computer or office network, which no reader of the portal can open. */
    public static boolean isLocalDisk(String link) {
        return LOCAL_DISK.matcher(link.strip()).matches();
    }

    /**
     * The page a source file of the site is published as: {@code van-ban/qd-12.md} → {@code van-ban/qd-12.html}, a
     * folder {@code van-ban/} → {@code van-ban/index.html}. Other paths (images, attachments) are their own page.
     */
    public static String pageOf(String path) {
        if (path.endsWith(".md")) {
            return path.substring(0, path.length() - ".md".length()) + ".html";
        }
        return path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * A link to a source file of the site turned into a link to its page ({@link #pageOf}):
     * {@code ../van-ban/qd-12.md#dieu-2} → {@code ../van-ban/qd-12.html#dieu-2}. Any other link is returned as it is.
     */
    public static String toPage(String link) {
        if (!isLocal(link)) {
            return link;
        }
        int cut = indexOfAny(link, '#', '?');
        return pageOf(link.substring(0, cut)) + link.substring(cut);
    }

    private static int indexOfAny(String text, char first, char second) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == first || text.charAt(i) == second) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether a link leads to a file of the site itself: not another site, not only a place on the same page, not a local disk. */
    public static boolean isLocal(String link) {
        String trimmed = link.strip();
        return !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("//") && scheme(trimmed).isEmpty()
                && !isLocalDisk(trimmed);
    }

    /** The path inside the tree that a relative link from {@code folder} reaches; empty when it climbs out of the tree. */
    public static Optional<String> resolve(String folder, String link) {
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
}
