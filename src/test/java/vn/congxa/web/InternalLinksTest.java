package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No page of the sample district has a broken internal link, anchor, image or attachment. */
class InternalLinksTest {

    @TempDir
    Path dir;

    @Test
    void everyLocalLinkOfEveryPageLeadsSomewhere() {
        LinkChecker checker = new LinkChecker(BuiltSample.site());
        List<Path> pages = BuiltSample.htmlPages();
        List<String> broken = new ArrayList<>();
        pages.forEach(page -> broken.addAll(checker.check(page)));
        assertTrue(pages.size() > 150, "pages checked: " + pages.size());
        assertEquals(List.of(), broken, () -> broken.size() + " broken links:\n" + String.join("\n", broken));
    }

    @Test
    void theCheckerFindsAMissingPageAMissingAnchorAndAMissingAttachment() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<p id=\"co\">x</p><a href=\"b.html\">b</a><a href=\"#co\">ok</a>"
                + "<a href=\"a.html#khong\">neo</a><a href=\"tep/qd.pdf\">tệp</a><img src=\"../ngoai.png\" alt=\"\">"
                + "<a href=\"https://example.org/x\">ngoài</a>");
        List<String> broken = new LinkChecker(dir).check(dir.resolve("a.html"));
        assertEquals(List.of("a.html: b.html (no such file)", "a.html: a.html#khong (no element with id khong)",
                "a.html: tep/qd.pdf (no such file)", "a.html: ../ngoai.png (leaves the site)"), broken);
    }

    @Test
    void aLinkFromTheRootLeadsIntoTheUnitsOwnSite() throws IOException {
        Files.createDirectories(dir.resolve("xa/tin-tuc"));
        Files.writeString(dir.resolve("xa/tin-tuc/index.html"), "<p>tin</p>");
        Files.writeString(dir.resolve("xa/404.html"), "<a href=\"/tin-tuc/index.html\">tin</a><a href=\"/so-do-cong.html\">sơ đồ</a>");
        assertEquals(List.of("xa/404.html: /so-do-cong.html (no such file)"), new LinkChecker(dir).check(dir.resolve("xa/404.html")));
    }
}
