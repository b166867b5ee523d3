package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader user relies on, on every page of the sample district: the page is in Vietnamese, has one
 * main heading and headings that never skip a level, one main region reachable by the skip link, labelled navigation,
 * and tables whose columns have headers.
 */
class PageStructureTest {

    @Test
    void everyPageHasTheStructureAScreenReaderNeeds() throws IOException {
        Path site = BuiltSample.site();
        List<String> problems = new ArrayList<>();
        for (Path file : BuiltSample.htmlPages()) {
            String page = site.relativize(file).toString();
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            if (!"vi".equals(document.selectFirst("html").attr("lang"))) {
                problems.add(page + ": not lang=\"vi\"");
            }
            if (document.select("h1").size() != 1) {
                problems.add(page + ": " + document.select("h1").size() + " h1");
            }
            int previous = 0;
            for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(page + ": " + heading.tagName() + " \"" + heading.text() + "\" after h" + previous);
                }
                previous = level;
            }
            if (document.select("main").size() != 1 || document.select("a.bo-qua[href=#noi-dung]").isEmpty()
                    || document.getElementById("noi-dung") == null || !document.getElementById("noi-dung").tagName().equals("main")) {
                problems.add(page + ": no single <main id=noi-dung> behind a skip link");
            }
            for (Element nav : document.select("nav")) {
                if (nav.attr("aria-label").isBlank()) {
                    problems.add(page + ": a <nav> without a label");
                }
            }
            for (Element table : document.select("table")) {
                if (table.select("th").isEmpty()) {
                    problems.add(page + ": a table without headers");
                }
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }
}
