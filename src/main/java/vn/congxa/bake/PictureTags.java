package vn.congxa.bake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.congxa.content.Links;
import vn.congxa.media.Picture;
import vn.congxa.media.Pictures;

/**
 * The {@code <img>} of a photo as published: its width and height (so the page does not jump as it loads) and, for a
 * resized photo, its copies in {@code srcset} with the {@code sizes} it is laid out at, so that a phone downloads the
 * copy its screen needs.
 */
final class PictureTags {

    private PictureTags() {
    }

    /** The attributes of an {@code <img>} of {@code picture}, its files' site paths named from the page by {@code href}. */
    static Map<String, String> attributes(Picture picture, UnaryOperator<String> href) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", href.apply(picture.src()));
        if (picture.resized()) {
            attributes.put("srcset", picture.variants().stream().map(v -> href.apply(v.sitePath()) + " " + v.width() + "w")
                    .collect(Collectors.joining(", ")));
            attributes.put("sizes", Pictures.SIZES);
        }
        attributes.put("width", String.valueOf(picture.shownWidth()));
        attributes.put("height", String.valueOf(picture.shownHeight()));
        return attributes;
    }

    /**
     * A body's HTML with its photos' {@code <img>} as {@link #attributes} says; the body's own images are named
     * relative to its item's folder.
     */
    static String body(String html, String folder, Map<String, Picture> pictures) {
        if (!html.contains("<img")) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element img : fragment.select("img[src]")) {
            String src = img.attr("src");
            if (!Links.isLocal(src)) {
                continue;
            }
            Picture picture = Links.resolve(folder, src.replaceAll("[?#].*", "")).map(pictures::get).orElse(null);
            if (picture != null) {
                // The copies are in the photo's folder: named from the page as the body names the photo.
                String folderOfPhoto = src.substring(0, src.lastIndexOf('/') + 1);
                attributes(picture, path -> folderOfPhoto + path.substring(path.lastIndexOf('/') + 1)).forEach(img::attr);
                changed = true;
            }
        }
        if (!changed) {
            return html;
        }
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }
}
