package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The portal on a phone, in a real browser: no page kind scrolls sideways at 360 px, the menu opens and closes
 * from its button with the keyboard and says so to screen readers, and without JavaScript the whole menu shows.
 * Screenshots of the home page and of a document, at desktop and phone widths, are saved under
 * {@code target/screenshots/} for people to look at.
 */
class PhoneLayoutTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /**
     * The page's width as the citizen sees it: read after two painted frames. Read at once after the load event, a
     * busy machine sometimes gives the width of a layout that was never painted (419 px for a 360 px page in CI).
     */
    static final String SETTLED_WIDTH = "const done = arguments[0];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollWidth)));";

    @Test
    void noPageKindScrollsSidewaysOnAPhone() {
        List<String> wide = new ArrayList<>();
        try (SiteServer server = new SiteServer(BuiltSample.site())) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                for (String page : SamplePages.ofEveryKind().values()) {
                    browser.get(server.url(page));
                    Long scrollWidth = (Long) browser.executeAsyncScript(SETTLED_WIDTH);
                    if (scrollWidth > Browser.Viewport.PHONE.width) {
                        wide.add(page + ": " + scrollWidth + " px");
                    }
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void theMenuOpensFromItsButtonWithTheKeyboard() {
        try (SiteServer server = new SiteServer(BuiltSample.site())) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                browser.get(server.url(BuiltSample.COMMUNE + "/index.html"));
                WebElement button = browser.findElement(By.cssSelector("nav.menu button[data-menu]"));
                WebElement documents = browser.findElement(By.cssSelector("nav.menu a[href='van-ban/index.html']"));
                assertTrue(button.isDisplayed());
                assertEquals("false", button.getAttribute("aria-expanded"));
                assertFalse(documents.isDisplayed(), "the menu is folded on a phone");
                button.sendKeys(Keys.ENTER);
                assertEquals("true", button.getAttribute("aria-expanded"));
                assertTrue(documents.isDisplayed());
                documents.sendKeys(Keys.ENTER);
                assertTrue(browser.getCurrentUrl().endsWith("/van-ban/index.html"), browser.getCurrentUrl());

                browser.manage().window().setSize(new org.openqa.selenium.Dimension(Browser.Viewport.DESKTOP.width, Browser.Viewport.DESKTOP.height));
                browser.get(server.url(BuiltSample.COMMUNE + "/index.html"));
                assertFalse(browser.findElement(By.cssSelector("nav.menu button[data-menu]")).isDisplayed(), "no button on a desktop");
                assertTrue(browser.findElement(By.cssSelector("nav.menu a[href='van-ban/index.html']")).isDisplayed());
            }
        }
    }

    @Test
    void withoutJavaScriptTheWholeMenuShows() throws IOException {
        Document home = Jsoup.parse(BuiltSample.site().resolve(BuiltSample.COMMUNE + "/index.html").toFile(), "UTF-8");
        assertTrue(home.selectFirst("nav.menu button[data-menu]").hasAttr("hidden"), "the button only appears with its script");
        assertFalse(home.selectFirst("nav.menu").hasClass("thu-gon"), "the menu is folded only by the script");
        assertTrue(home.select("nav.menu a").size() > 10);
    }

    @Test
    void screenshotsOfTheHomePageAndADocumentAtDesktopAndPhoneWidths() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, String> pages = Map.of("trang-chu", BuiltSample.COMMUNE + "/index.html",
                "van-ban", SamplePages.firstItem(BuiltSample.COMMUNE + "/van-ban/index.html"));
        try (SiteServer server = new SiteServer(BuiltSample.site())) {
            for (Browser.Viewport viewport : Browser.Viewport.values()) {
                try (Browser session = Browser.start(viewport)) {
                    ChromeDriver browser = session.driver();
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        browser.get(server.url(page.getValue()));
                        Path file = SCREENSHOTS.resolve(page.getKey() + "-" + viewport.name().toLowerCase() + ".png");
                        Files.write(file, fullPage(browser));
                        byte[] png = Files.readAllBytes(file);
                        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file::toString);
                        int width = (png[16] & 0xff) << 24 | (png[17] & 0xff) << 16 | (png[18] & 0xff) << 8 | (png[19] & 0xff);
                        int height = (png[20] & 0xff) << 24 | (png[21] & 0xff) << 16 | (png[22] & 0xff) << 8 | (png[23] & 0xff);
                        assertEquals(viewport.width, width, file::toString);
                        assertTrue(height >= viewport.height, "the whole page, not only the screen: " + file);
                    }
                }
            }
        }
    }

    /** The whole page as a PNG, beyond what the screen shows (Chrome DevTools Page.captureScreenshot). */
    private static byte[] fullPage(ChromeDriver browser) {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        Number width = (Number) browser.executeScript("return document.documentElement.clientWidth;");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
