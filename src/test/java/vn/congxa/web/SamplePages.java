package vn.congxa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One page of every kind of the sample: one per template of the theme (home, section, documents table, item of each
 * kind, root page, year archive, site map, search with results, a tag, the page for an address not found), the province's hub, its search and its yearly report.
 * Items are picked from
 * their section's listing, so that the list follows the sample content.
 */
final class SamplePages {

    private SamplePages() {
    }

    /** Page kind → path inside {@code target/site}. */
    static Map<String, String> ofEveryKind() {
        String c = BuiltSample.COMMUNE + "/";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("hub", "index.html");
        pages.put("yearly report", "bao-cao/index.html");
        pages.put("hub search with results", "tim-kiem/index.html?q=phan+loai+rac");
        pages.put("home", c + "index.html");
        pages.put("section", c + "tin-tuc/index.html");
        pages.put("year archive", c + "tin-tuc/nam-2025.html");
        pages.put("news item", firstItem(c + "tin-tuc/index.html"));
        pages.put("documents table", c + "van-ban/index.html");
        pages.put("document", firstItem(c + "van-ban/index.html"));
        pages.put("procedure", firstItem(c + "thu-tuc-hanh-chinh/index.html"));
        pages.put("weekly schedule", firstItem(c + "lich-cong-tac/index.html"));
        pages.put("official", firstItem(c + "gioi-thieu/lanh-dao/index.html"));
        pages.put("draft for comments", firstItem(c + "lay-y-kien/index.html"));
        pages.put("question and answer", firstItem(c + "hoi-dap/index.html"));
        pages.put("boundary map", firstItem(c + "gioi-thieu/ban-do-hanh-chinh/index.html"));
        pages.put("quality of online services", firstItem(c + "chat-luong-dich-vu-cong/index.html"));
        pages.put("planned outage", firstItem("ly-son/tam-dung-cung-cap/index.html"));
        pages.put("root page", c + "dieu-khoan-su-dung.html");
        pages.put("site map", c + "so-do-cong.html");
        pages.put("search with results", c + "tim-kiem/index.html?q=ke+hoach");
        pages.put("tag", c + "the/ho-tich.html");
        pages.put("not found", c + "404.html");
        return pages;
    }

    /** The first item a section lists, from its table of documents or its list. */
    static String firstItem(String sectionPage) {
        Path page = BuiltSample.site().resolve(sectionPage);
        try {
            Element link = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("table[data-loc] tbody a, ul.danh-sach li > a");
            if (link == null) {
                throw new IllegalStateException("no item listed on " + sectionPage);
            }
            return BuiltSample.site().relativize(page.getParent().resolve(link.attr("href")).normalize()).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
