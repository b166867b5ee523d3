package vn.congxa.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * The province's emblem ({@code bieu_trung} of {@code content/don-vi-quan-ly.yml}) on the hub: a PNG is published small
 * and sharp, with the hub's icon made from it; a name that points at no file, or at a file that is not a picture, is the
 * province's error on its line; without one the hub simply shows none.
 */
class HubEmblemTest {

    private static final String OVERSEER = "content/don-vi-quan-ly.yml";

    @TempDir
    java.nio.file.Path dir;

    private TestRepo withEmblem(String line) {
        TestRepo repo = TestRepo.sample(dir);
        return repo.write(OVERSEER, repo.read(OVERSEER).replace("bieu_trung: bieu-trung.svg", line));
    }

    private static int lineOf(TestRepo repo, String text) {
        List<String> lines = repo.read(OVERSEER).lines().toList();
        return lines.indexOf(text) + 1;
    }

    @Test
    void aPngEmblemIsPublishedSmallWithTheHubsIcon() throws IOException {
        BufferedImage wide = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(wide, "png", png);
        TestRepo repo = withEmblem("bieu_trung: anh/quoc-huy.png").writeBytes("content/anh/quoc-huy.png", png.toByteArray());
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run::toString);

        BufferedImage published = ImageIO.read(repo.path("target/site/assets/bieu-trung.png").toFile());
        assertEquals(128, published.getHeight());
        assertEquals(192, published.getWidth(), "the emblem keeps its proportions");
        assertTrue(Files.size(repo.path("target/site/assets/bieu-trung.ico")) > 0);
        assertFalse(Files.exists(repo.path("target/site/assets/bieu-trung.svg")));

        Element hub = Jsoup.parse(repo.path("target/site/index.html").toFile(), "UTF-8").head().parent();
        Element img = hub.selectFirst("header img.bieu-trung");
        assertEquals("assets/bieu-trung.png", img.attr("src"));
        assertEquals("96", img.attr("width"));
        assertEquals("64", img.attr("height"));
        assertEquals("assets/bieu-trung.ico", hub.selectFirst("link[rel=icon]").attr("href"), "in the folder deployed with the hub");
        // The yearly report, one folder down, shows the same emblem.
        Element report = Jsoup.parse(repo.path("target/site/bao-cao/index.html").toFile(), "UTF-8");
        assertEquals("../assets/bieu-trung.png", report.selectFirst("header img.bieu-trung").attr("src"));
    }

    @Test
    void anEmblemThatIsNoFileIsTheProvincesErrorOnItsLine() {
        TestRepo repo = withEmblem("bieu_trung: quoc-huy.png");
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(1, run.exit(), run::toString);
        String where = OVERSEER + ":" + lineOf(repo, "bieu_trung: quoc-huy.png") + ":";
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(where) && line.contains("content/quoc-huy.png")), run::toString);
        assertFalse(Files.exists(repo.path("target/site/index.html")), "nothing is written");
    }

    @Test
    void anEmblemThatIsNoPictureIsRefused() {
        TestRepo repo = withEmblem("bieu_trung: quoc-huy.png").write("content/quoc-huy.png", "không phải ảnh");
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(1, run.exit(), run::toString);
        String where = OVERSEER + ":" + lineOf(repo, "bieu_trung: quoc-huy.png") + ":";
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(where)), run::toString);
        assertFalse(run.out().contains("Exception"), run::toString);
    }

    @Test
    void withoutAnEmblemTheHubShowsNone() throws IOException {
        TestRepo repo = withEmblem("");
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        Element hub = Jsoup.parse(repo.path("target/site/index.html").toFile(), "UTF-8");
        assertNull(hub.selectFirst("img.bieu-trung"));
        assertNull(hub.selectFirst("link[rel=icon]"));
    }
}
