package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, in Debian's Chromium, finds no WCAG 2.1 A or AA violation on any kind of page of the sample district,
 * at a desktop width and at a phone's (Thông tư 26/2020/TT-BTTTT). The page is checked after its scripts ran, with
 * the phone's menu button in place.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private SiteServer server;

    @BeforeAll
    void serveTheSample() {
        server = new SiteServer(BuiltSample.site());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Browser.Viewport.class)
    void noPageKindHasAWcagViolation(Browser.Viewport viewport) {
        List<String> violations = violations(server, SamplePages.ofEveryKind(), viewport);
        assertEquals(List.of(), violations, () -> violations.size() + " violations:\n" + String.join("\n", violations));
    }

    @Test
    void theCheckSeesAViolation(@TempDir Path dir) throws IOException {
        // An image without a description, a page without a language.
        Files.writeString(dir.resolve("sai.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sai</title></head>"
                + "<body><main><h1>Sai</h1><img src=\"a.png\"></main></body></html>");
        try (SiteServer bad = new SiteServer(dir)) {
            List<String> violations = violations(bad, Map.of("bad page", "sai.html"), Browser.Viewport.PHONE);
            for (String rule : List.of("image-alt", "html-has-lang")) {
                assertTrue(violations.stream().anyMatch(v -> v.contains(": " + rule + " [")), () -> rule + " not seen in " + violations);
            }
        }
    }

    /** Every violation axe finds on the pages (kind → path), one line each with the element it is about. */
    private static List<String> violations(SiteServer server, Map<String, String> pages, Browser.Viewport viewport) {
        List<String> violations = new ArrayList<>();
        try (Browser session = Browser.start(viewport)) {
            ChromeDriver browser = session.driver();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(server.url(page.getValue()));
                assertTrue(!browser.findElements(org.openqa.selenium.By.tagName("h1")).isEmpty(), "page did not load: " + page.getValue());
                Long width = (Long) browser.executeScript("return window.innerWidth;");
                assertEquals(viewport.width, width.intValue(), "viewport of " + page.getValue());
                Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
                assertTrue(!results.isErrored(), () -> page.getValue() + ": axe failed: " + results.getErrorMessage());
                assertTrue(!results.getPasses().isEmpty(), "axe ran its rules on " + page.getValue());
                for (Rule rule : results.getViolations()) {
                    rule.getNodes().forEach(node -> violations.add(viewport + " " + page.getKey() + " (" + page.getValue() + "): "
                            + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at " + node.getTarget()
                            + "\n    " + node.getHtml()));
                }
            }
        }
        return violations;
    }
}
