package vn.congxa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One mapping from a source file to its page, for the planner, the links of a body and the checks. */
class LinksToPagesTest {

    @Test
    void aMarkdownFileIsPublishedAsItsPageAndAFolderAsItsIndex() {
        assertEquals("van-ban/qd-12.html", Links.pageOf("van-ban/qd-12.md"));
        assertEquals("van-ban/index.html", Links.pageOf("van-ban/"));
        assertEquals("van-ban/tep/qd-12.pdf", Links.pageOf("van-ban/tep/qd-12.pdf"));
        // A file name is not a link: what follows '#' is part of it.
        assertEquals("bao-cao#1.html", Links.pageOf("bao-cao#1.md"));
    }

    @Test
    void aLinkKeepsItsPlaceOnThePageAndOtherSitesAreLeftAlone() {
        assertEquals("../van-ban/qd-12.html#hieu-luc", Links.toPage("../van-ban/qd-12.md#hieu-luc"));
        assertEquals("../van-ban/index.html?trang=2", Links.toPage("../van-ban/?trang=2"));
        assertEquals("https://a.vn/b.md", Links.toPage("https://a.vn/b.md"));
        assertEquals("#muc-2", Links.toPage("#muc-2"));
    }
}
