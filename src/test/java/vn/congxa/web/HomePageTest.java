package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The home page a citizen trusts, on the sample's Cẩm Thành: no item shown twice, news with the picture the editor
 * gave it, quick links to online public services, the hotline and the satisfaction rating; and the province's hub
 * with how to reach the province.
 */
class HomePageTest {

    private static Document home() throws IOException {
        return Jsoup.parse(BuiltSample.site().resolve(BuiltSample.COMMUNE + "/index.html").toFile(), "UTF-8");
    }

    @Test
    void noItemIsShownTwiceOnTheHomePage() throws IOException {
        Element main = home().selectFirst("main");
        Map<String, Long> items = main.select("a[href$=.html]:not([href$=index.html])").stream()
                .collect(Collectors.groupingBy(a -> a.attr("href"), Collectors.counting()));
        assertTrue(items.size() > 8, items::toString);
        assertEquals(Map.of(), items.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "each item once");
        assertFalse(main.select("#tin-moi ~ ul li, section[aria-labelledby=tin-moi] li").isEmpty(), "the latest list still lists others");
    }

    @Test
    void newsShowsThePictureItsEditorGaveIt() throws IOException {
        Element item = home().select("main li").stream()
                .filter(li -> li.selectFirst("a[href=tin-tuc/ngay-hoi-phan-loai-rac-tai-nguon.html]") != null)
                .findFirst().orElseThrow();
        Element picture = item.selectFirst("img.anh-nho");
        assertNotNull(picture, item::outerHtml);
        assertEquals("anh/ba-nhom-rac.svg", picture.attr("src"));
        assertTrue(picture.attr("alt").startsWith("Hình minh họa ba nhóm rác"), picture::outerHtml);
        assertTrue(BuiltSample.site().resolve(BuiltSample.COMMUNE).resolve(picture.attr("src")).toFile().isFile());
        // An item without a picture shows none: no empty or broken image.
        assertTrue(home().select("main li img").stream().allMatch(img -> !img.attr("src").isEmpty()));
    }

    @Test
    void quickLinksLeadToPublicServicesTheHotlineAndTheRating() throws IOException {
        Document home = home();
        Map<String, String> links = home.select("section[aria-labelledby=truy-cap-nhanh] a").stream()
                .collect(Collectors.toMap(a -> a.ownText().strip(), a -> a.attr("href"), (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals(List.of("Dịch vụ công trực tuyến", "Đường dây nóng", "Đánh giá mức độ hài lòng"), List.copyOf(links.keySet()));
        assertEquals("https://dichvucong.quangngai.gov.vn", links.get("Dịch vụ công trực tuyến"), "from content/don-vi-quan-ly.yml");
        assertEquals("tel:02553822161", links.get("Đường dây nóng"), "from the commune's commune.yml");
        assertNotNull(home.getElementById(links.get("Đánh giá mức độ hài lòng").substring(1)), "the rating form is on the page");
    }

    @Test
    void aCommuneWithoutAHotlineShowsNoneAndTheHubShowsHowToReachTheProvince() throws IOException {
        Document other = Jsoup.parse(BuiltSample.site().resolve("dong-son/index.html").toFile(), "UTF-8");
        List<String> quick = other.select("section[aria-labelledby=truy-cap-nhanh] a").eachText();
        assertTrue(quick.stream().noneMatch(text -> text.startsWith("Đường dây nóng")), quick::toString);

        Document hub = Jsoup.parse(BuiltSample.site().resolve("index.html").toFile(), "UTF-8");
        Element contact = hub.selectFirst("section.lien-he-tinh");
        assertNotNull(contact);
        assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", contact.selectFirst("h2").text());
        assertEquals("tel:02553822000", contact.selectFirst("a[href^=tel:]").attr("href"));
        assertEquals("mailto:ubnd@quangngai.gov.vn", contact.selectFirst("a[href^=mailto:]").attr("href"));
        assertEquals("https://dichvucong.quangngai.gov.vn", contact.selectFirst("a[href^=https]").attr("href"));
    }
}
