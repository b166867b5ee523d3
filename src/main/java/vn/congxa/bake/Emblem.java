package vn.congxa.bake;

import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.congxa.content.Asset;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.profile.Attachments;

/**
 * The overseeing unit's emblem as the hub publishes it ({@code bieu_trung} of {@code content/don-vi-quan-ly.yml}), in
 * the hub's theme folder, which the deploy templates copy with the hub: a drawing (SVG) as it is, and also the hub's
 * icon; a raster picture as a PNG twice as high as the header shows it (for sharp screens), without what the camera
 * wrote, and an ICO beside it for the hub's icon.
 *
 * @param path  where it is written, under the hub's root
 * @param bytes what is written there
 * @param width its width in the header, which shows it {@value #SHOWN} pixels high
 * @param icon  the hub's icon
 */
record Emblem(String path, byte[] bytes, int width, Favicon icon) {

    static final int SHOWN = 64;

    private static final int HEIGHT = 2 * SHOWN;
    private static final String NAME = GeneratedPaths.THEME_FOLDER + "/bieu-trung";

    /** Empty when a raster emblem does not decode (reported when the overseeing unit's file was checked). */
    static Optional<Emblem> of(Asset emblem) {
        try {
            if (Attachments.isDrawing(emblem.sitePath())) {
                String path = NAME + ".svg";
                return Optional.of(new Emblem(path, Files.readAllBytes(emblem.file()), SHOWN, new Favicon(path, "image/svg+xml", Optional.empty())));
            }
            BufferedImage image = ImageIO.read(emblem.file().toFile());
            if (image == null) {
                return Optional.empty();
            }
            int width = Math.max(1, (int) Math.round((double) image.getWidth() * HEIGHT / image.getHeight()));
            BufferedImage scaled = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_ARGB);
            var g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image.getScaledInstance(width, HEIGHT, Image.SCALE_SMOOTH), 0, 0, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(scaled, "png", png);
            return Optional.of(new Emblem(NAME + ".png", png.toByteArray(), Math.max(1, width * SHOWN / HEIGHT),
                    new Favicon(NAME + ".ico", "image/x-icon", Favicon.of(image).bytes())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
