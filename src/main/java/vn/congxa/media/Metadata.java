package vn.congxa.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a photo's file says besides its pixels, read from its segments without decoding it: EXIF (where a phone writes
 * the place and time a photo was taken, and the camera), XMP, IPTC, comments and text chunks.
 */
final class Metadata {

    /** JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (IPTC), COM. */
    private static final Set<Integer> JPEG_SEGMENTS = Set.of(0xE1, 0xED, 0xFE);
    private static final Set<String> PNG_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt");
    private static final Set<String> WEBP_CHUNKS = Set.of("EXIF", "XMP ");

    private Metadata() {
    }

    /** Whether a JPEG, PNG or WebP file carries metadata; a file of another format is not looked into. */
    static boolean carried(byte[] file) {
        if (startsWith(file, 0, new byte[] {(byte) 0xFF, (byte) 0xD8})) {
            return jpegCarries(file);
        }
        if (startsWith(file, 1, "PNG".getBytes(StandardCharsets.US_ASCII))) {
            for (int at = 8; at + 8 <= file.length; at += 12 + (int) Math.min(Integer.MAX_VALUE / 2, u32(file, at))) {
                if (PNG_CHUNKS.contains(fourcc(file, at + 4))) {
                    return true;
                }
            }
            return false;
        }
        if (isWebp(file)) {
            for (int at = 12; at + 8 <= file.length; at += 8 + padded(le32(file, at + 4))) {
                if (WEBP_CHUNKS.contains(fourcc(file, at))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A WebP file without its EXIF and XMP chunks, and its header saying so; any other file unchanged. */
    static byte[] stripped(byte[] file) {
        if (!isWebp(file)) {
            return file;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
        out.write(file, 0, 12);
        for (int at = 12; at + 8 <= file.length; ) {
            int length = Math.min(8 + padded(le32(file, at + 4)), file.length - at);
            String chunk = fourcc(file, at);
            if (!WEBP_CHUNKS.contains(chunk)) {
                int start = out.size();
                out.write(file, at, length);
                if (chunk.equals("VP8X")) {
                    byte[] sofar = out.toByteArray(); // the flags: bit 3 EXIF, bit 2 XMP
                    sofar[start + 8] &= (byte) ~0x0C;
                    out.reset();
                    out.write(sofar, 0, sofar.length);
                }
            }
            at += length;
        }
        byte[] result = out.toByteArray();
        int riff = result.length - 8;
        for (int i = 0; i < 4; i++) {
            result[4 + i] = (byte) (riff >>> (8 * i));
        }
        return result;
    }

    private static boolean jpegCarries(byte[] file) {
        int at = 2;
        while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
            int marker = file[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return false; // the image data starts: no metadata segment after it counts
            }
            if (marker == 0xFF || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += marker == 0xFF ? 1 : 2;
                continue;
            }
            if (JPEG_SEGMENTS.contains(marker)) {
                return true;
            }
            at += 2 + (((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF));
        }
        return false;
    }

    private static boolean isWebp(byte[] file) {
        return startsWith(file, 0, "RIFF".getBytes(StandardCharsets.US_ASCII)) && startsWith(file, 8, "WEBP".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] file, int at, byte[] prefix) {
        if (file.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String fourcc(byte[] file, int at) {
        return new String(file, at, 4, StandardCharsets.US_ASCII);
    }

    private static long u32(byte[] file, int at) {
        return ((long) (file[at] & 0xFF) << 24) | ((file[at + 1] & 0xFF) << 16) | ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
    }

    private static int le32(byte[] file, int at) {
        return (file[at] & 0xFF) | ((file[at + 1] & 0xFF) << 8) | ((file[at + 2] & 0xFF) << 16) | ((file[at + 3] & 0xFF) << 24);
    }

    /** A RIFF chunk's data is padded to an even length; a negative (corrupt) length ends the walk. */
    private static int padded(int length) {
        return length < 0 ? Integer.MAX_VALUE / 2 : length + (length & 1);
    }
}
