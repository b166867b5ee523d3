package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congxa.TestRepo;

/**
 * The editor's round trip, as a new user would make it: {@code new} writes a draft, {@code serve} shows it in a real
 * browser, and each save shows in the open page without touching the browser: the new text, then a mistake as a
 * finding in the page (the terminal has it too), then the mended page.
 */
class PreviewTest {

    private static final String ITEM = "communes/chau-o/tin-tuc/duong-thon-3-hoan-thanh.md";
    private static final Pattern ADDRESS = Pattern.compile("Xem trước tại (http://127\\.0\\.0\\.1:\\d+/chau-o/)");

    @TempDir
    Path dir;

    @Test
    void newThenServeThenEachSaveShowsInTheOpenPage() throws Exception {
        TestRepo repo = TestRepo.sample(dir.resolve("repo"));
        TestRepo.Run created = repo.run("new", "tin-bai", "--commune", "chau-o", "--section", "tin-tuc", "--as-of", TestRepo.AS_OF,
                "Đường thôn 3 hoàn thành");
        assertEquals(0, created.exit(), created::toString);

        Path out = dir.resolve("serve.out");
        Path err = dir.resolve("serve.err");
        Process serve = repo.process(Map.of(), "serve", "--commune", "chau-o", "--port", "0", "--as-of", TestRepo.AS_OF)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (Browser session = Browser.start(Browser.Viewport.DESKTOP)) {
            ChromeDriver browser = session.driver();
            browser.get(address(err, serve) + "tin-tuc/duong-thon-3-hoan-thanh.html");
            assertEquals("Đường thôn 3 hoàn thành", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector(".ban-nhap")).getText().startsWith("Bản nháp"), "a draft says so");

            String draft = repo.read(ITEM);
            repo.write(ITEM, draft.replace("Viết nội dung bài ở đây.", "Con đường dài 1,2 km đã được bê tông hóa."));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Con đường dài 1,2 km"));

            // Published with a date an editor might type: the build fails, the page says where and why.
            repo.write(ITEM, draft.replace("draft: true", "").replaceFirst("date: .*", "date: hôm qua"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".congxa-xem-truoc.co-loi"), ITEM + ":3"));
            String panel = browser.findElement(By.cssSelector(".congxa-xem-truoc")).getText();
            assertTrue(panel.contains("1 lỗi") && panel.contains("[invalid-date]") && panel.contains("YYYY-MM-DD"), panel);
            assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains(ITEM + ":3: lỗi: ngày \"hôm qua\""), "and in the terminal");

            repo.write(ITEM, draft.replace("draft: true", "").replace("Viết nội dung bài ở đây.", "Đã nghiệm thu."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã nghiệm thu."));
            assertTrue(browser.findElements(By.cssSelector(".congxa-xem-truoc")).isEmpty(), "no finding left to show");
            assertTrue(browser.findElements(By.cssSelector(".ban-nhap")).isEmpty(), "published, no longer a draft");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    /** The address that {@code serve} prints once its first build is done. */
    private static String address(Path err, Process serve) throws IOException, InterruptedException {
        for (int i = 0; i < 600 && serve.isAlive(); i++) {
            Matcher matcher = ADDRESS.matcher(Files.readString(err, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no address: " + Files.readString(err, StandardCharsets.UTF_8));
    }
}
