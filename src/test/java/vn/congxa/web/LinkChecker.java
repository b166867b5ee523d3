package vn.congxa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.congxa.content.Links;

/**
 * Follows every local link of a set of pages (href, src, form actions) to a file on disk, and every
 * {@code #anchor} to an element with that id in the page it leads to. Links to other sites are not followed.
 */
final class LinkChecker {

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /** @param root the folder the pages are served from: no link may leave it */
    LinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every broken link of the page, as "page: link (why)". */
    List<String> check(Path page) {
        Path file = page.toAbsolutePath().normalize();
        Document document = parse(file);
        List<String> broken = new ArrayList<>();
        for (Element element : document.select("[href], [src], form[action]")) {
            String link = element.hasAttr("href") ? element.attr("href") : element.hasAttr("src") ? element.attr("src") : element.attr("action");
            if (!Links.isLocal(link) && !link.startsWith("#")) {
                continue;
            }
            problem(file, link).ifPresent(why -> broken.add(root.relativize(file) + ": " + link + " (" + why + ")"));
        }
        return broken;
    }

    private java.util.Optional<String> problem(Path page, String link) {
        int hash = link.indexOf('#');
        String path = (hash < 0 ? link : link.substring(0, hash)).replaceAll("\\?.*", "");
        String anchor = hash < 0 ? "" : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        // A unit's site is served at its portal's root: "/x" (the page for an address not found) is the unit's x.
        Path from = decoded.startsWith("/") ? siteOf(page) : page.getParent();
        Path target = path.isEmpty() ? page : from.resolve(decoded.replaceFirst("^/+", "")).normalize();
        if (!target.startsWith(root)) {
            return java.util.Optional.of("leaves the site");
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.of("no such file");
        }
        if (!anchor.isEmpty() && target.toString().endsWith(".html") && !ids.computeIfAbsent(target, LinkChecker::idsOf).contains(anchor)) {
            return java.util.Optional.of("no element with id " + anchor);
        }
        return java.util.Optional.empty();
    }

    /** The folder of the site a page belongs to: its unit's, or the top one for the province's own pages. */
    private Path siteOf(Path page) {
        Path inside = root.relativize(page);
        return inside.getNameCount() > 1 ? root.resolve(inside.getName(0)) : root;
    }

    private static Set<String> idsOf(Path page) {
        return Set.copyOf(parse(page).select("[id]").eachAttr("id"));
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
