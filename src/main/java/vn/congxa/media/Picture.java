package vn.congxa.media;

import java.util.List;

/**
 * A photo or drawing of a unit's folder (JPEG, PNG, WebP) as it is published, read once at check time.
 *
 * @param sitePath the source file's path in the site
 * @param width    as shown (after the camera's orientation), in pixels
 * @param variants the resized copies a page offers, narrowest first; none when the file is published as it is
 * @param weight   the bytes a phone downloads: the file itself, or the variant {@link Pictures#PHONE_WIDTH} picks
 */
public record Picture(String sitePath, int width, int height, List<Variant> variants, long weight) {

    public Picture {
        variants = List.copyOf(variants);
    }

    /** A resized copy: where it is written, its size in pixels, and the format it is encoded in ("jpg" or "png"). */
    public record Variant(String sitePath, int width, int height, String format) {
    }

    public boolean resized() {
        return !variants.isEmpty();
    }

    /** What an {@code <img src>} names: the widest variant, or the file itself. */
    public String src() {
        return resized() ? variants.get(variants.size() - 1).sitePath() : sitePath;
    }

    /** The width and height an {@code <img>} declares: those of {@link #src()}. */
    public int shownWidth() {
        return resized() ? variants.get(variants.size() - 1).width() : width;
    }

    public int shownHeight() {
        return resized() ? variants.get(variants.size() - 1).height() : height;
    }
}
