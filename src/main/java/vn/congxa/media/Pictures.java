package vn.congxa.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import vn.congxa.content.Asset;
import vn.congxa.finding.Message;
import vn.congxa.profile.Attachments;

/**
 * The photos of a unit's folder as a phone downloads them. A photo wider than {@link #WIDEST}, heavier than the page's
 * image budget, or carrying metadata (EXIF, XMP, comments: where a phone wrote the place it was taken) is published
 * resized to {@link #WIDTHS} (never wider than it is), decoded with its camera's orientation and encoded again without
 * any of its metadata; a page offers the copies with {@code srcset}. Any other photo is published byte for byte.
 * Encoding is deterministic: the same file gives the same bytes on every build and thread.
 */
public final class Pictures {

    /** The widths a resized photo is published at, narrowest first. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    public static final int WIDEST = 1600;
    /** What a phone picks from a {@code srcset}: a screen 480 CSS pixels wide at two device pixels each. */
    public static final int PHONE_WIDTH = 960;
    /** How wide a body's picture is laid out: the page's text column, or the whole screen of a phone. */
    public static final String SIZES = "(min-width: 74rem) 70rem, 100vw";
    /** A photo of more pixels than this is refused: decoding it would take gigabytes; no page needs it. */
    public static final long MAX_PIXELS = 50_000_000L;
    /** A file heavier than this is refused unread. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final double JPEG_QUALITY = 0.82;
    private static final double MIB = 1024.0 * 1024.0;
    private static final Set<String> RASTER = Set.of("jpg", "jpeg", "png", "webp");

    static {
        // ImageIO would buffer streams in files of the system's temporary folder; congxa writes only into its output.
        ImageIO.setUseCache(false);
    }

    private Pictures() {
    }

    /** What reading a photo gave: the picture as published, or why it cannot be. */
    public sealed interface Reading {
    }

    public record Read(Picture picture) implements Reading {
    }

    /** @param rule the finding's rule: {@code image-unreadable} or {@code image-too-large} */
    public record Refused(String rule, Message message) implements Reading {
    }

    /** Whether a file is a photo this class reads (GIF, which may be animated, and SVG are published as they are). */
    public static boolean isPhoto(String sitePath) {
        return RASTER.contains(Attachments.extension(sitePath.substring(sitePath.lastIndexOf('/') + 1)));
    }

    /**
     * Reads a photo's header, and, when it is to be resized, decodes it and encodes the copy a phone downloads, to
     * know its weight.
     *
     * @param budget the page's image budget, in bytes: a heavier file is resized
     */
    public static Reading read(Asset asset, long budget) {
        if (asset.size() > MAX_BYTES) {
            return new Refused("image-too-large", Message.of("image.too-heavy", Math.round(asset.size() / MIB), Math.round(MAX_BYTES / MIB)));
        }
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(asset.file().toFile())) {
            Iterator<ImageReader> readers = in == null ? List.<ImageReader>of().iterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return unreadable();
        }
        if ((long) width * height > MAX_PIXELS) {
            return new Refused("image-too-large", Message.of("image.too-many-pixels", width, height,
                    Math.round((double) width * height / 1e6), MAX_PIXELS / 1_000_000));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(asset.file());
        } catch (IOException e) {
            return unreadable();
        }
        if (width <= WIDEST && asset.size() <= budget && !Metadata.carried(bytes)) {
            return new Read(new Picture(asset.sitePath(), width, height, List.of(), asset.size()));
        }
        try {
            BufferedImage image = decode(asset);
            List<Picture.Variant> variants = variants(asset.sitePath(), image);
            Picture.Variant phone = variants.stream().filter(v -> v.width() >= PHONE_WIDTH).findFirst().orElse(variants.get(variants.size() - 1));
            long weight = encode(image, phone).length;
            return new Read(new Picture(asset.sitePath(), image.getWidth(), image.getHeight(), variants, weight));
        } catch (IOException | RuntimeException e) {
            return unreadable(); // a header that reads, over a body that does not: a file cut short
        }
    }

    /**
     * The files a resized photo is published as, by site path: each variant and, when no variant takes the photo's own
     * path (a WebP, encoded as JPEG or PNG), the photo itself without its metadata.
     */
    public static Map<String, byte[]> publish(Asset asset, Picture picture) throws IOException {
        BufferedImage image = decode(asset);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Picture.Variant variant : picture.variants()) {
            files.put(variant.sitePath(), encode(image, variant));
        }
        if (!files.containsKey(asset.sitePath())) {
            files.put(asset.sitePath(), Metadata.stripped(Files.readAllBytes(asset.file())));
        }
        return files;
    }

    /** The photo as it is seen, turned as its camera's orientation says. */
    private static BufferedImage decode(Asset asset) throws IOException {
        return Thumbnails.of(asset.file().toFile()).scale(1.0).asBufferedImage();
    }

    private static List<Picture.Variant> variants(String sitePath, BufferedImage image) {
        int width = image.getWidth();
        String extension = Attachments.extension(sitePath.substring(sitePath.lastIndexOf('/') + 1));
        String format = extension.equals("png") || extension.equals("webp") && image.getColorModel().hasAlpha() ? "png" : "jpg";
        boolean ownFormat = format.equals("png") ? extension.equals("png") : extension.equals("jpg") || extension.equals("jpeg");
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < Math.min(width, WIDEST)).toList());
        widths.add(Math.min(width, WIDEST));
        String base = sitePath.substring(0, sitePath.lastIndexOf('.'));
        List<Picture.Variant> variants = new ArrayList<>();
        for (int w : widths) {
            boolean widest = w == widths.get(widths.size() - 1);
            int h = Math.max(1, (int) Math.round((double) image.getHeight() * w / width));
            variants.add(new Picture.Variant(widest && ownFormat ? sitePath : base + "." + w + "." + format, w, h, format));
        }
        return variants;
    }

    private static byte[] encode(BufferedImage image, Picture.Variant variant) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).forceSize(variant.width(), variant.height())
                .outputFormat(variant.format())
                .imageType(variant.format().equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (variant.format().equals("jpg")) {
            builder.outputQuality(JPEG_QUALITY);
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    private static Refused unreadable() {
        return new Refused("image-unreadable", Message.of("image.unreadable"));
    }
}
