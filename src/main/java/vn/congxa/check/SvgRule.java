package vn.congxa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.congxa.content.Asset;
import vn.congxa.content.SourceTree;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;

/**
 * An SVG drawing (a boundary map) is published only when it is a picture and nothing more: opened on its own, a
 * browser runs an SVG's scripts and follows its links, outside the pages' Content-Security-Policy. No script, no
 * event handler, no embedded document or foreign HTML, no reference outside the file, no DTD (entities).
 */
final class SvgRule {

    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");

    private SvgRule() {
    }

    static void check(SourceTree tree, List<Finding> findings) {
        for (Asset asset : tree.assets()) {
            if (asset.sitePath().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                problem(asset).ifPresent(what -> findings.add(Finding.error(asset.repoPath(), 0, "unsafe-svg", Message.of("svg.unsafe", what))));
            }
        }
    }

    /** What makes the drawing more than a picture, if anything: the first offending element or attribute. */
    private static java.util.Optional<String> problem(Asset asset) {
        String text;
        try {
            text = Files.readString(asset.file(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.of("UTF-8");
        }
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            return java.util.Optional.of("<!DOCTYPE>");
        }
        Document document = Jsoup.parse(text, "", Parser.xmlParser());
        for (Element element : document.getAllElements()) {
            String name = element.normalName().replaceFirst("^.*:", "");
            if (FORBIDDEN.contains(name)) {
                return java.util.Optional.of("<" + element.tagName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || (key.equals("href") || key.endsWith(":href") || key.equals("src")) && !value.startsWith("#")
                        || value.contains("javascript:") || value.contains("url(") && !value.contains("url(#")) {
                    return java.util.Optional.of(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                }
            }
            if (name.equals("style") && element.data().contains("url(") || element.data().contains("@import")) {
                return java.util.Optional.of("<style>");
            }
        }
        return java.util.Optional.empty();
    }
}
