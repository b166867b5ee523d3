package vn.congxa.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;
import vn.congxa.web.HtmlChecker;

/**
 * A phone photo is published as a phone should download it: resized, without the place it was taken, offered to the
 * browser in several widths; a photo that is already small is published as it is; a damaged or enormous file is
 * refused with what to do.
 */
class PhotosTest {

    private static final String NEWS = "communes/xa-mau/tin-tuc/hoi-nghi.md";
    private static final String PHOTO = "communes/xa-mau/tin-tuc/anh/hoi-nghi.jpg";
    private static final String SITE = "target/site/xa-mau/";

    @TempDir
    Path dir;

    private Run build(TestRepo repo, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--as-of", TestRepo.AS_OF));
        args.addAll(List.of(more));
        return repo.run("build", args.toArray(String[]::new));
    }

    private static TestRepo withPhoto(TestRepo repo, byte[] photo) {
        repo.writeBytes(PHOTO, photo);
        return repo.write(NEWS, repo.read(NEWS) + "\n![Toàn cảnh hội nghị](anh/hoi-nghi.jpg)\n");
    }

    @Test
    void aPhonePhotoIsPublishedResizedWithoutItsLocation() throws Exception {
        byte[] photo = withGps(jpeg(4000, 3000, 0.95f));
        assertTrue(photo.length > 1024 * 1024, "heavier than a page's budget: " + photo.length);
        assertTrue(contains(photo, "Exif\0\0".getBytes(StandardCharsets.US_ASCII)) && contains(photo, "GPS".getBytes(StandardCharsets.US_ASCII)));
        TestRepo repo = withPhoto(TestRepo.base(dir), photo);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        assertArrayEquals(photo, Files.readAllBytes(repo.path(PHOTO)), "the source is never touched");

        // Three widths, never wider than 1600 pixels, in the photo's proportions; the widest keeps the photo's name.
        for (String[] copy : new String[][] {{"hoi-nghi.480.jpg", "480", "360"}, {"hoi-nghi.960.jpg", "960", "720"}, {"hoi-nghi.jpg", "1600", "1200"}}) {
            byte[] published = Files.readAllBytes(repo.path(SITE + "tin-tuc/anh/" + copy[0]));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(published));
            assertEquals(Integer.parseInt(copy[1]), image.getWidth(), copy[0]);
            assertEquals(Integer.parseInt(copy[2]), image.getHeight(), copy[0]);
            assertFalse(contains(published, "Exif".getBytes(StandardCharsets.US_ASCII)), copy[0] + " has no EXIF");
            assertFalse(contains(published, "GPS".getBytes(StandardCharsets.US_ASCII)), copy[0] + " has no location");
        }
        assertTrue(Files.size(repo.path(SITE + "tin-tuc/anh/hoi-nghi.960.jpg")) < 1024 * 1024, "what a phone downloads is within the budget");

        Element img = Jsoup.parse(repo.read(SITE + "tin-tuc/hoi-nghi.html")).selectFirst(".noi-dung img");
        assertEquals("anh/hoi-nghi.jpg", img.attr("src"));
        assertEquals("anh/hoi-nghi.480.jpg 480w, anh/hoi-nghi.960.jpg 960w, anh/hoi-nghi.jpg 1600w", img.attr("srcset"));
        assertEquals(Pictures.SIZES, img.attr("sizes"));
        assertEquals("1600", img.attr("width"));
        assertEquals("1200", img.attr("height"));
        assertEquals("Toàn cảnh hội nghị", img.attr("alt"));
        assertEquals(List.of(), new HtmlChecker().check(repo.read(SITE + "tin-tuc/hoi-nghi.html"), "tin-tuc/hoi-nghi.html"));
    }

    @Test
    void aNewsPhotoFieldOffersItsCopiesToo() {
        String item = "communes/binh-chau/du-lich-bien/kham-pha-mui-ba-lang-an.md";
        TestRepo repo = TestRepo.district2023(dir).writeBytes("communes/binh-chau/du-lich-bien/anh/mui-ba-lang-an.jpg", jpeg(3000, 2000, 0.9f));
        repo.write(item, repo.read(item).replace("anh: du-lich-bien/anh/binh-minh-tren-bien.png", "anh: du-lich-bien/anh/mui-ba-lang-an.jpg"));
        Run run = repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF, "--commune", "binh-chau");
        assertEquals(0, run.exit(), run::toString);
        Element img = Jsoup.parse(repo.read("target/site/binh-chau/du-lich-bien/kham-pha-mui-ba-lang-an.html")).selectFirst("figure.anh img");
        assertEquals("../du-lich-bien/anh/mui-ba-lang-an.jpg", img.attr("src"));
        assertEquals("../du-lich-bien/anh/mui-ba-lang-an.480.jpg 480w, ../du-lich-bien/anh/mui-ba-lang-an.960.jpg 960w, "
                + "../du-lich-bien/anh/mui-ba-lang-an.jpg 1600w", img.attr("srcset"));
        assertEquals("1600", img.attr("width"));
        assertEquals("1067", img.attr("height"));
    }

    @Test
    void aLargeLogoIsOfferedInItsCopiesOnEveryPage() throws Exception {
        BufferedImage logo = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D pen = logo.createGraphics();
        pen.setColor(new java.awt.Color(0xA3, 0x1D, 0x1D));
        pen.fillOval(100, 100, 1800, 1800);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        TestRepo repo = TestRepo.base(dir).writeBytes("communes/xa-mau/anh/bieu-trung.png", png.toByteArray());
        repo.write("communes/xa-mau/commune.yml", repo.read("communes/xa-mau/commune.yml") + "logo: anh/bieu-trung.png\n");
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        String home = repo.read(SITE + "index.html");
        Element img = Jsoup.parse(home).selectFirst("img.bieu-trung");
        assertEquals("anh/bieu-trung.png", img.attr("src"));
        assertEquals("anh/bieu-trung.480.png 480w, anh/bieu-trung.960.png 960w, anh/bieu-trung.png 1600w", img.attr("srcset"));
        assertEquals("64px", img.attr("sizes"));
        BufferedImage published = ImageIO.read(repo.path(SITE + "anh/bieu-trung.480.png").toFile());
        assertEquals(480, published.getWidth());
        assertTrue(published.getColorModel().hasAlpha(), "a logo keeps its transparency");
        assertEquals(List.of(), new HtmlChecker().check(home, "index.html"));
    }

    @Test
    void resizingGivesTheSameBytesOnEveryBuildSerialOrParallel() throws IOException {
        TestRepo repo = withPhoto(TestRepo.base(dir), withGps(jpeg(2400, 1600, 0.9f)));
        assertEquals(0, build(repo, "--jobs", "1", "--out", "target/a").exit());
        assertEquals(0, build(repo, "--jobs", "2", "--out", "target/b").exit());
        for (String copy : List.of("hoi-nghi.480.jpg", "hoi-nghi.960.jpg", "hoi-nghi.jpg")) {
            assertArrayEquals(Files.readAllBytes(repo.path("target/a/xa-mau/tin-tuc/anh/" + copy)),
                    Files.readAllBytes(repo.path("target/b/xa-mau/tin-tuc/anh/" + copy)), copy);
        }
    }

    @Test
    void aSmallPhotoIsPublishedAsItIsWithItsSize() throws IOException {
        byte[] photo = jpeg(800, 600, 0.8f);
        TestRepo repo = withPhoto(TestRepo.base(dir), photo);
        assertEquals(0, build(repo).exit());
        assertArrayEquals(photo, Files.readAllBytes(repo.path(SITE + "tin-tuc/anh/hoi-nghi.jpg")), "not encoded again");
        assertFalse(Files.exists(repo.path(SITE + "tin-tuc/anh/hoi-nghi.480.jpg")));
        Element img = Jsoup.parse(repo.read(SITE + "tin-tuc/hoi-nghi.html")).selectFirst(".noi-dung img");
        assertEquals("", img.attr("srcset"));
        assertEquals("800", img.attr("width"));
        assertEquals("600", img.attr("height"));
    }

    @Test
    void aSmallPhotoWithItsLocationIsEncodedAgainWithout() throws IOException {
        TestRepo repo = withPhoto(TestRepo.base(dir), withGps(jpeg(800, 600, 0.8f)));
        assertEquals(0, build(repo).exit());
        byte[] published = Files.readAllBytes(repo.path(SITE + "tin-tuc/anh/hoi-nghi.jpg"));
        assertFalse(contains(published, "Exif".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(published)).getWidth(), "never made wider");
    }

    @Test
    void aWebpIsReadAndItsLocationLeftOut() throws IOException {
        byte[] webp = Files.readAllBytes(Path.of("src/test/resources/photos/python.webp"));
        byte[] exif = withGps(new byte[] {(byte) 0xFF, (byte) 0xD8}); // SOI, APP1: the EXIF payload starts after its 4 bytes
        byte[] payload = java.util.Arrays.copyOfRange(exif, 2 + 4 + 6, exif.length); // TIFF data, as WebP's EXIF chunk holds it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(webp, 0, webp.length);
        out.write("EXIF".getBytes(StandardCharsets.US_ASCII), 0, 4);
        out.write(ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(payload.length).array(), 0, 4);
        out.write(payload, 0, payload.length);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
        byte[] tagged = out.toByteArray();
        ByteBuffer.wrap(tagged).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, tagged.length - 8);
        tagged[20] |= 0x08; // VP8X: EXIF present
        TestRepo repo = TestRepo.base(dir).writeBytes("communes/xa-mau/tin-tuc/anh/logo.webp", tagged);
        repo.write(NEWS, repo.read(NEWS) + "\n![Biểu tượng](anh/logo.webp)\n");
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);

        Element img = Jsoup.parse(repo.read(SITE + "tin-tuc/hoi-nghi.html")).selectFirst(".noi-dung img");
        assertEquals("anh/logo.16.png", img.attr("src"), "no WebP is written: a PNG keeps its transparency");
        assertEquals("16", img.attr("width"));
        BufferedImage png = ImageIO.read(repo.path(SITE + "tin-tuc/anh/logo.16.png").toFile());
        assertEquals(16, png.getHeight());
        assertTrue(png.getColorModel().hasAlpha());
        byte[] published = Files.readAllBytes(repo.path(SITE + "tin-tuc/anh/logo.webp"));
        assertArrayEquals(webp, published, "the WebP itself is published as it was before its EXIF was added");
    }

    /** A CMYK JPEG, as print and scanning software save them (the JDK's own reader refuses it), is resized like any photo. */
    @Test
    void aCmykPhotoIsResizedLikeAnyOther() throws IOException {
        byte[] cmyk = Files.readAllBytes(Path.of("src/test/resources/photos/cmyk.jpg"));
        TestRepo repo = withPhoto(TestRepo.base(dir), cmyk);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        Element img = Jsoup.parse(repo.read(SITE + "tin-tuc/hoi-nghi.html")).selectFirst(".noi-dung img");
        assertEquals("anh/hoi-nghi.480.jpg 480w, anh/hoi-nghi.960.jpg 960w, anh/hoi-nghi.jpg 1600w", img.attr("srcset"));
        BufferedImage phone = ImageIO.read(repo.path(SITE + "tin-tuc/anh/hoi-nghi.960.jpg").toFile());
        assertEquals(3, phone.getColorModel().getNumColorComponents(), "published in RGB, which every browser shows alike");
        // The gradient runs from red at the top to blue at the bottom, after the conversion as before it.
        java.awt.Color top = new java.awt.Color(phone.getRGB(480, 5));
        java.awt.Color bottom = new java.awt.Color(phone.getRGB(480, 634));
        assertTrue(top.getRed() > top.getBlue() + 60 && bottom.getBlue() > bottom.getRed() + 60, top + " " + bottom);
    }

    @Test
    void aDamagedPhotoIsTheEditorsErrorWithWhatToDo() {
        TestRepo repo = withPhoto(TestRepo.base(dir), "không phải ảnh".getBytes(StandardCharsets.UTF_8));
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(PHOTO + ": lỗi: không đọc được ảnh: tệp hỏng, bị cắt ngắn hoặc không đúng loại như đuôi tệp ghi; mở ảnh bằng "
                + "một chương trình xem ảnh rồi lưu lại dạng JPG (ảnh chụp) hoặc PNG (hình vẽ) [image-unreadable]"), run.lines());
        Run english = repo.run("check", "--as-of", TestRepo.AS_OF, "--lang", "en");
        assertEquals(1, english.exit());
        assertTrue(english.lines().get(0).startsWith(PHOTO + ": error: the image cannot be read"), english::toString);
        assertFalse(Files.exists(repo.path(SITE)), "nothing is written");

        // Cut short after its header: it reads as a photo, but not to its end.
        byte[] whole = jpeg(2000, 1500, 0.9f);
        repo.writeBytes(PHOTO, java.util.Arrays.copyOf(whole, 600));
        assertTrue(build(repo).lines().get(0).endsWith("[image-unreadable]"));
    }

    @Test
    void aPhotoTooLargeEvenToResizeIsRefused() {
        TestRepo repo = TestRepo.base(dir).writeBytes("communes/xa-mau/tin-tuc/anh/toan-canh.png", pngHeader(10_000, 6_000));
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("communes/xa-mau/tin-tuc/anh/toan-canh.png: lỗi: ảnh có 10000 × 6000 điểm ảnh (khoảng 60 triệu), quá mức 50 triệu "
                + "điểm ảnh mà cổng thu nhỏ được: xuất lại ảnh nhỏ hơn (rộng khoảng 2000 điểm ảnh là đủ) rồi thay tệp này [image-too-large]"),
                run.lines());
    }

    /** A photo-like JPEG: blocks of colour from a fixed seed, so that it weighs what a photo weighs. */
    static byte[] jpeg(int width, int height, float quality) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y += 4) {
            for (int x = 0; x < width; x += 4) {
                int rgb = random.nextInt(0x1000000);
                for (int dy = 0; dy < 4 && y + dy < height; dy++) {
                    for (int dx = 0; dx < 4 && x + dx < width; dx++) {
                        image.setRGB(x + dx, y + dy, rgb);
                    }
                }
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (var stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF segment, as a phone writes it, holding a GPS directory: latitude 15°7′N, longitude 108°48′E
     * (Quảng Ngãi), the field names of EXIF's GPS tags written beside it as a camera's maker note might.
     */
    static byte[] withGps(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0); // IFD0: GPSInfo → 26
        tiff.putShort((short) 4); // the GPS directory: N, latitude, E, longitude
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        tiff.position(80);
        for (int value : new int[] {15, 1, 7, 1, 0, 1, 108, 1, 48, 1, 0, 1}) {
            tiff.putInt(value);
        }
        tiff.put("GPS".getBytes(StandardCharsets.US_ASCII));
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The start of a PNG of that size: its signature and its header, which is all a reader needs to know its size. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        CRC32 end = new CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
        return png.array();
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
