package vn.congxa.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a link in an item points to: another site (it has a scheme, or starts with //), a place on the page, or a file of the site. */
public final class Links {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);

    private Links() {
    }

    /** The scheme of a link ("https", "javascript"…), lower case; empty for a relative link. */
    public static Optional<String> scheme(String link) {
        Matcher matcher = SCHEME.matcher(link.strip());
        return matcher.matches() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether a link leads to a file of the site itself: not another site, not only a place on the same page. */
    public static boolean isLocal(String link) {
        String trimmed = link.strip();
        return !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("//") && scheme(trimmed).isEmpty();
    }
}
