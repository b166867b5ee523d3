package vn.congxa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.congxa.content.Asset;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Attachments;

/**
 * What a commune publishes beside its pages is copied as it is, outside the pages' Content-Security-Policy: only the
 * types the profile allows, never a page (HTML, which would also take the place of a generated one) or a program a
 * server or a browser would run, and an SVG image only when it holds no script.
 */
final class AttachmentRule {

    /** SVG elements that run script or bring in a page, by local name, lower case. */
    private static final Set<String> SVG_ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    /** Pictures an SVG may carry inside itself, as data: addresses. */
    private static final List<String> SVG_DATA_IMAGES = List.of("data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp");

    private AttachmentRule() {
    }

    static void check(Scope scope, List<Finding> findings) {
        check(scope.tree(), scope.menu().attachments(), findings);
    }

    private static void check(SourceTree tree, Attachments attachments, List<Finding> findings) {
        for (Asset asset : tree.assets()) {
            String name = asset.sitePath().substring(asset.sitePath().lastIndexOf('/') + 1);
            String extension = Attachments.extension(name);
            if (Attachments.PAGES.contains(extension)) {
                // Pages are generated from Markdown; an HTML file would be published as it is, scripts and all, and could
                // take the place of a generated page.
                findings.add(Finding.error(asset.repoPath(), 0, "html-file", Message.of("name.html-file")));
            } else if (Attachments.PROGRAMS.contains(extension)) {
                findings.add(Finding.error(asset.repoPath(), 0, "executable-file", Message.of("attachment.executable", extension)));
            } else if (extension.isEmpty()) {
                findings.add(Finding.error(asset.repoPath(), 0, "attachment-type", Message.of("attachment.no-extension")));
            } else if (!attachments.allowed().contains(extension)) {
                findings.add(Finding.error(asset.repoPath(), 0, "attachment-type",
                        Message.of("attachment.type", extension, String.join(", ", new TreeSet<>(attachments.allowed())))));
            } else if (extension.equals("svg")) {
                try {
                    activeSvgPart(asset).ifPresent(part -> findings.add(Finding.error(asset.repoPath(), 0, "unsafe-svg",
                            Message.of("attachment.unsafe-svg", part))));
                } catch (IOException e) {
                    findings.add(Finding.error(asset.repoPath(), 0, "unreadable", Message.of("content.unreadable", String.valueOf(e.getMessage()))));
                }
            }
        }
    }

    /**
     * The first part of an SVG that could run script when the image is opened on its own: a script, a foreign
     * object, an event handler, a javascript: (or other data: than a picture) address, an animation that sets an
     * address, or an entity declaration (which can also make a reader expand it without end).
     */
    private static Optional<String> activeSvgPart(Asset asset) throws IOException {
        String text = new String(Files.readAllBytes(asset.file()), StandardCharsets.UTF_8);
        if (text.toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
            return Optional.of("<!ENTITY>");
        }
        Document svg = Jsoup.parse(text, "", Parser.xmlParser());
        for (Element element : svg.getAllElements()) {
            String name = localName(element.tagName());
            if (SVG_ACTIVE_ELEMENTS.contains(name)) {
                return Optional.of("<" + element.tagName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String key = localName(attribute.getKey());
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    return Optional.of(attribute.getKey() + "=\"…\"");
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:") && SVG_DATA_IMAGES.stream().noneMatch(value::startsWith)) {
                    return Optional.of(attribute.getKey() + "=\"" + shorten(attribute.getValue()) + "\"");
                }
                if (key.equals("attributename") && localName(value).equals("href")) {
                    return Optional.of("<" + element.tagName() + " attributeName=\"" + attribute.getValue() + "\">");
                }
            }
        }
        return Optional.empty();
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "…" : value;
    }
}
