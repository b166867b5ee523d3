package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A citizen searches a commune's portal on a phone, in a real browser, with no server behind the site: words typed
 * without tones, and with d for đ, find the toned title; a title that matches with its tones ranks first; a search
 * can be narrowed to one section. The search box of every page leads to the results.
 */
class SearchPageTest {

    @TempDir
    Path dir;

    @Test
    void aTonelessQueryTypedOnAPhoneFindsTheTonedTitleFirst() {
        try (SiteServer server = new SiteServer(BuiltSample.site())) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                browser.get(server.url("binh-son/tim-kiem/index.html"));
                List<String> titles = search(browser, "dia hinh khi hau");
                assertEquals("Địa hình, khí hậu, sông ngòi và đất đai xã Bình Sơn", titles.get(0), titles::toString);
                WebElement first = browser.findElement(By.cssSelector("[data-ket-qua] li a"));
                first.click();
                assertTrue(browser.getCurrentUrl().endsWith("/binh-son/gioi-thieu/dieu-kien-tu-nhien/dia-hinh-khi-hau-song-ngoi.html"), browser.getCurrentUrl());
            }
        }
    }

    @Test
    void exactTonesRankFirstAndASearchCanBeNarrowedToASection() {
        TestRepo repo = TestRepo.base(dir)
                .write("communes/xa-mau/tin-tuc/phuong-an-so-tan.md",
                        "---\ntitle: Phương án sơ tán dân khi có bão\ndate: 2026-11-02\n---\nCác hộ ven sông sơ tán theo phương án của xã.\n")
                .write("communes/xa-mau/tin-tuc/phuong-an-phu.md",
                        "---\ntitle: Phường An Phú kết nghĩa với xã Mẫu\ndate: 2026-11-25\n---\nLễ kết nghĩa tổ chức tại hội trường xã.\n");
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        try (SiteServer server = new SiteServer(repo.path("target/site"))) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                browser.get(server.url("xa-mau/tim-kiem/index.html"));
                // Without tones both match; the newer comes first.
                assertEquals(List.of("Phường An Phú kết nghĩa với xã Mẫu", "Phương án sơ tán dân khi có bão"), search(browser, "phuong an"));
                assertEquals("Phương án sơ tán dân khi có bão", search(browser, "phương án").get(0));
                assertEquals("Phường An Phú kết nghĩa với xã Mẫu", search(browser, "phường an").get(0));
                assertTrue(browser.getCurrentUrl().endsWith("?q=ph%C6%B0%E1%BB%9Dng+an"), "the query is kept in the address: "
                        + browser.getCurrentUrl());

                new Select(browser.findElement(By.id("chuyen-muc"))).selectByVisibleText("Giới thiệu");
                assertEquals(List.of(), search(browser, "phuong an"));
                assertTrue(browser.findElement(By.cssSelector("[data-ket-qua-dem]")).getText().startsWith("Không tìm thấy kết quả nào"));

                // The search box at the top of any page.
                browser.get(server.url("xa-mau/van-ban/index.html"));
                WebElement box = browser.findElement(By.id("o-tim"));
                box.sendKeys("so tan", Keys.ENTER);
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("tim-kiem"));
                assertEquals(List.of("Phương án sơ tán dân khi có bão"), results(browser));
            }
        }
    }

    /**
     * A commune with 5,000 items: a phone fetches only the parts of the index that may hold the words typed, so a
     * search for the oldest item finds it having downloaded no more than 500 KB, and a word found nowhere downloads no
     * part at all. The index is cut into parts, and no part, nor the list of parts, is near that size.
     */
    @Test
    void aLargeCommuneIsSearchedWithoutDownloadingItsWholeIndex() {
        TestRepo repo = TestRepo.base(dir);
        java.util.Random random = new java.util.Random(20261202L);
        String[] syllables = ("xã phường ủy ban nhân dân thôn tổ dân phố họp bàn kế hoạch triển khai công tác năm tháng tuần "
                + "giao thông nông thôn mới đường bê tông nước sạch trường học trạm y tế văn hóa thể thao an ninh trật tự "
                + "người dân cán bộ hộ nghèo bảo hiểm đất đai xây dựng môi trường rác thải phòng chống thiên tai bão lũ").split(" ");
        for (int i = 0; i < 5_000; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 1_500) {
                body.append(syllables[random.nextInt(syllables.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            String day = java.time.LocalDate.parse(TestRepo.AS_OF).minusDays(1 + i / 10).toString();
            String title = i == 4_999 ? "Nghiệm thu cầu treo Khe Mưng" : "Tin số " + i + " về " + syllables[i % syllables.length];
            repo.write("communes/xa-mau/tin-tuc/tin-" + i + ".md", "---\ntitle: " + title + "\ndate: " + day + "\n---\n" + body + "\n");
        }
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        try (SiteServer server = new SiteServer(repo.path("target/site"))) {
            try (Browser session = Browser.start(Browser.Viewport.PHONE)) {
                ChromeDriver browser = session.driver();
                browser.get(server.url("xa-mau/tim-kiem/index.html"));
                assertEquals(List.of("Nghiệm thu cầu treo Khe Mưng"), search(browser, "cau treo khe mung"));
                List<SiteServer.Served> index = server.served().stream().filter(s -> s.path().contains("chi-muc")).toList();
                int bytes = index.stream().mapToInt(SiteServer.Served::bytes).sum();
                assertTrue(bytes <= 500 * 1024, () -> bytes + " bytes: " + index);
                assertTrue(index.size() >= 2 && index.size() <= 3, () -> "the list and the one part holding the words (a second by chance): " + index);

                int before = server.served().size();
                assertEquals(List.of(), search(browser, "khong-co-tu-nay-dau"));
                assertEquals(before, server.served().size(), () -> "no part holds the word: " + server.served());

                // A word on every page: the first part answers with the newest pages, the others follow.
                List<String> all = search(browser, "thon");
                assertEquals(50, all.size());
                String counted = browser.findElement(By.cssSelector("[data-ket-qua-dem]")).getText();
                assertTrue(Integer.parseInt(counted.replaceAll("^Tìm thấy (\\d+) .*", "$1")) > 4_500, counted);
                // Ranked as before: the word in the title first and, among those, the newest (syllable 6 is "thôn").
                assertEquals("Tin số 6 về thôn", all.get(0));
            }
        }
        java.io.File[] parts = repo.path("target/site/xa-mau/tim-kiem").toFile().listFiles((d, name) -> name.startsWith("chi-muc"));
        assertTrue(parts.length > 10, () -> parts.length + " files");
        for (java.io.File part : parts) {
            assertTrue(part.length() < 300 * 1024, () -> part + ": " + part.length());
        }
    }

    /** Types the query into the search page's form, submits it, and reads the titles of the results in order. */
    private static List<String> search(ChromeDriver browser, String query) {
        WebElement field = browser.findElement(By.id("tu-khoa"));
        field.clear();
        field.sendKeys(query, Keys.ENTER);
        return results(browser);
    }

    private static List<String> results(ChromeDriver browser) {
        WebElement counter = browser.findElement(By.cssSelector("[data-ket-qua-dem]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> counter.getText().startsWith("Tìm thấy")
                || counter.getText().startsWith("Không tìm thấy"));
        return browser.findElements(By.cssSelector("[data-ket-qua] li > a")).stream().map(WebElement::getText).toList();
    }
}
