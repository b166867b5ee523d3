package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congxa.TestRepo;

/**
 * The province's hub, in a real browser: it shows the province's emblem, and a citizen who does not know which unit
 * published something finds it from the hub, without tones, across every unit's portal, each result linked at its
 * unit's address; the search can be narrowed to one unit. A part of the index that fails to load is said, not taken
 * for "nothing found".
 */
class HubSearchTest {

    @TempDir
    Path dir;

    @Test
    void theHubFindsAnItemOfAnyUnitAndLinksToItOnItsUnitsPortal() {
        try (SiteServer server = new SiteServer(BuiltSample.site())) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                browser.get(server.url("index.html"));
                WebElement emblem = browser.findElement(By.cssSelector("header img.bieu-trung"));
                assertTrue((Long) browser.executeScript("return arguments[0].naturalWidth", emblem) > 0, "the emblem is shown");
                assertEquals("Biểu trưng của Ủy ban nhân dân tỉnh Quảng Ngãi", emblem.getAttribute("alt"));
                assertTrue(browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href").endsWith("assets/bieu-trung.svg"));

                // From the hub's search box, toneless, an item of Cẩm Thành.
                browser.findElement(By.id("o-tim")).sendKeys("ngay hoi phan loai rac", Keys.ENTER);
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("tim-kiem"));
                List<WebElement> found = results(browser);
                assertTrue(!found.isEmpty(), "found");
                assertEquals("Ngày hội \"Phân loại rác tại nguồn – Vì phố phường xanh\" tại tổ dân phố 12", found.get(0).getText());
                assertTrue(found.get(0).getAttribute("href").startsWith("https://camthanh.quangngai.gov.vn/tin-tuc/"),
                        found.get(0).getAttribute("href"));
                String where = browser.findElement(By.cssSelector("[data-ket-qua] li .phu")).getText();
                assertTrue(where.startsWith("Ủy ban nhân dân phường Cẩm Thành · "), where);

                // Narrowed to another unit, the same words find nothing of Cẩm Thành.
                new Select(browser.findElement(By.id("don-vi"))).selectByVisibleText("Ủy ban nhân dân xã Bình Sơn");
                browser.findElement(By.cssSelector("form[data-tim-kiem] button")).click();
                results(browser).forEach(result -> assertTrue(result.getAttribute("href").startsWith("https://binhson.quangngai.gov.vn/"),
                        result.getAttribute("href")));
                assertTrue(browser.getCurrentUrl().contains("don-vi=binh-son"), browser.getCurrentUrl());

                // Every unit is searched: a weekly schedule of each.
                new Select(browser.findElement(By.id("don-vi"))).selectByVisibleText("Tất cả đơn vị");
                WebElement field = browser.findElement(By.id("tu-khoa"));
                field.clear();
                field.sendKeys("lich cong tac tuan", Keys.ENTER);
                List<String> units = results(browser).stream().map(a -> a.getAttribute("href").replaceAll("^https://([a-z]+)\\..*", "$1"))
                        .distinct().sorted().toList();
                assertEquals(List.of("binhson", "camthanh", "dongson", "lyson"), units);
            }
        }
    }

    @Test
    void aPartOfTheIndexThatFailsToLoadIsSaid() throws IOException {
        TestRepo repo = TestRepo.sample(dir);
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        Files.delete(repo.path("target/site/tim-kiem/chi-muc-1.js"));
        try (SiteServer server = new SiteServer(repo.path("target/site"))) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                browser.get(server.url("tim-kiem/index.html?q=phan+loai+rac"));
                results(browser);
                String counter = browser.findElement(By.cssSelector("[data-ket-qua-dem]")).getText();
                assertTrue(counter.contains("Một phần chỉ mục tìm kiếm không tải được"), counter);
            }
        }
    }

    private static List<WebElement> results(ChromeDriver browser) {
        WebElement counter = browser.findElement(By.cssSelector("[data-ket-qua-dem]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> counter.getText().startsWith("Tìm thấy")
                || counter.getText().startsWith("Không tìm thấy"));
        return browser.findElements(By.cssSelector("[data-ket-qua] li > a"));
    }
}
