package vn.congxa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void vietnameseBecomesAsciiWithDForDStroke() {
        assertEquals("dat-dai-quy-hoach", Slugs.slugify("Đất đai – Quy hoạch"));
        assertEquals("thu-tuc-hanh-chinh", Slugs.slugify("  Thủ tục HÀNH CHÍNH!! "));
        assertEquals("uy-ban-nhan-dan-xa-binh-thanh", Slugs.slugify("Ủy ban nhân dân xã Bình Thạnh"));
        assertEquals("quyet-dinh-15.pdf", Slugs.slugifyFileName("Quyết định 15.PDF"));
    }

    @Test
    void decomposedInputGivesTheSameSlug() {
        String decomposed = java.text.Normalizer.normalize("Phương án", java.text.Normalizer.Form.NFD);
        assertEquals("phuong-an", Slugs.slugify(decomposed));
    }

    @Test
    void onlyLowerCaseAsciiWordsJoinedByHyphensAreSlugs() {
        assertTrue(Slugs.isSlug("van-ban"));
        assertTrue(Slugs.isSlugFileName("qd-12-2026.md"));
        assertFalse(Slugs.isSlug("Van-ban"));
        assertFalse(Slugs.isSlug("văn-bản"));
        assertFalse(Slugs.isSlug("van--ban"));
        assertFalse(Slugs.isSlug("van_ban"));
        assertFalse(Slugs.isSlugFileName("qd 12.md"));
    }
}
