package vn.congxa.bake;

import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.congxa.check.Commune;
import vn.congxa.content.Asset;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.profile.Attachments;

/**
 * The browser's icon of a unit's site, from its logo ({@code logo} of commune.yml): a raster logo becomes
 * {@value GeneratedPaths#FAVICON}, a 32 × 32 PNG inside an ICO container (which every browser reads, and which they
 * ask for when a page names none); an SVG logo is its own icon. No logo, no icon.
 *
 * @param path  the icon's file in the site
 * @param type  its media type, for the page's {@code <link rel="icon">}
 * @param bytes the ICO file to write, empty when the icon is the logo itself
 */
record Favicon(String path, String type, Optional<byte[]> bytes) {

    private static final int SIZE = 32;

    static Optional<Favicon> of(Commune commune) {
        return commune.config().path("logo").flatMap(logo -> commune.assets().stream()
                .filter(asset -> asset.sitePath().equals(logo)).findFirst()).flatMap(Favicon::of);
    }

    private static Optional<Favicon> of(Asset logo) {
        if (Attachments.isDrawing(logo.sitePath())) {
            return Optional.of(new Favicon(logo.sitePath(), "image/svg+xml", Optional.empty()));
        }
        try {
            BufferedImage image = ImageIO.read(logo.file().toFile());
            return image == null ? Optional.empty() : Optional.of(of(image));
        } catch (IOException e) {
            return Optional.empty(); // checked before: an unreadable logo has been reported, and gets no icon
        }
    }

    /** The icon made from a raster picture, as {@value GeneratedPaths#FAVICON}. */
    static Favicon of(BufferedImage image) throws IOException {
        return new Favicon(GeneratedPaths.FAVICON, "image/x-icon", Optional.of(ico(png(square(image)))));
    }

    /** The logo scaled to fit the icon's square, centred on a transparent ground. */
    private static BufferedImage square(BufferedImage logo) {
        double scale = Math.min((double) SIZE / logo.getWidth(), (double) SIZE / logo.getHeight());
        int width = Math.max(1, (int) Math.round(logo.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(logo.getHeight() * scale));
        BufferedImage icon = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        var g = icon.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(logo.getScaledInstance(width, height, Image.SCALE_SMOOTH), (SIZE - width) / 2, (SIZE - height) / 2, null);
        g.dispose();
        return icon;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file of one image stored as PNG: the header, one directory entry, the image. */
    private static byte[] ico(byte[] png) {
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        ico.put((byte) SIZE).put((byte) SIZE).put((byte) 0).put((byte) 0); // width, height, no palette, reserved
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16); // planes, bits, size, offset
        ico.put(png);
        return ico.array();
    }
}
