package vn.congxa.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/** Pages particular to a kind, on the district of 2023: drafts open or closed on the build day, a question before its answer. */
class KindPagesTest {

    @TempDir
    Path dir;

    @Test
    void aDraftIsShownOpenOrClosedOnTheDayTheSiteIsBuilt() throws IOException {
        TestRepo repo = TestRepo.district2023(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF).exit());
        assertEquals(List.of("Đang lấy ý kiến đến hết ngày 17/03/2026", "Đã hết hạn góp ý (31/12/2025)"), states(repo));
        assertEquals(0, repo.run("build", "--as-of", "2026-03-18").exit());
        assertEquals(List.of("Đã hết hạn góp ý (17/03/2026)", "Đã hết hạn góp ý (31/12/2025)"), states(repo));
        // Before a window opens: consultations announced ahead (the build day cannot go back before the content's
        // own dates, which would be in its future).
        String first = "communes/chau-o/lay-y-kien/du-thao-quy-che-trat-tu-do-thi.md";
        String second = "communes/chau-o/lay-y-kien/du-thao-quy-uoc-tdp-4.md";
        repo.write(first, repo.read(first).replace("ngay_bat_dau: 2026-02-16", "ngay_bat_dau: 2026-03-09"));
        repo.write(second, repo.read(second).replace("ngay_bat_dau: 2025-12-08", "ngay_bat_dau: 2026-03-16")
                .replace("ngay_ket_thuc: 2025-12-31", "ngay_ket_thuc: 2026-03-31"));
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF).exit());
        assertEquals(List.of("Bắt đầu lấy ý kiến từ 09/03/2026", "Bắt đầu lấy ý kiến từ 16/03/2026"), states(repo));
    }

    @Test
    void aQuestionIsShownBeforeItsAnswer() throws IOException {
        TestRepo repo = TestRepo.district2023(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF).exit());
        Document page = Jsoup.parse(repo.path("target/site/binh-thanh/hoi-dap/ho-can-ngheo-ho-tro-bao-hiem-y-te.html").toFile(), "UTF-8");
        assertEquals(List.of("Câu hỏi", "Trả lời"), page.select("article h2").eachText());
        assertEquals("Bà Nguyễn Thị C., thôn Vĩnh Tân, ngày 20/01/2026", page.selectFirst(".cau-hoi p.phu").text());
        assertEquals("Gia đình tôi vừa được công nhận hộ cận nghèo. Cả nhà có được cấp thẻ bảo hiểm y tế miễn phí như hộ nghèo không?",
                page.selectFirst(".cau-hoi p").text());
    }

    @Test
    void anArticlesImageIsShownWithItsDescriptionAndRefusedWithout() throws IOException {
        TestRepo repo = TestRepo.district2023(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF).exit());
        Path page = repo.path("target/site/binh-chau/du-lich-bien/kham-pha-mui-ba-lang-an.html");
        org.jsoup.nodes.Element image = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("figure.anh img");
        assertEquals("Bình minh trên biển Bình Châu nhìn từ mũi Ba Làng An, mặt trời vừa lên trên đường chân trời", image.attr("alt"));
        assertEquals(repo.path("target/site/binh-chau/du-lich-bien/anh/binh-minh-tren-bien.png"),
                page.getParent().resolve(image.attr("src")).normalize());

        String item = "communes/binh-chau/du-lich-bien/kham-pha-mui-ba-lang-an.md";
        String original = repo.read(item);
        repo.write(item, original.replaceFirst("\nanh_mo_ta:[^\n]*", ""));
        TestRepo.Run withoutAlt = repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(1, withoutAlt.exit());
        assertEquals(List.of(item + ":6: lỗi: ảnh \"du-lich-bien/anh/binh-minh-tren-bien.png\" (trường \"anh\") thiếu lời mô tả cho người "
                + "khiếm thị: thêm dòng \"anh_mo_ta: mô tả ngắn nội dung ảnh\" [image-alt]"), withoutAlt.lines());

        repo.write(item, original.replace("binh-minh-tren-bien.png", "binh-minh-tren-bien.bmp"));
        assertEquals(List.of(item + ":6: lỗi: ảnh \"du-lich-bien/anh/binh-minh-tren-bien.bmp\" của trường \"anh\" phải là tệp JPG, PNG, "
                + "WEBP, GIF hoặc SVG [invalid-image]"), repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF).lines());
    }

    private static List<String> states(TestRepo repo) throws IOException {
        return Jsoup.parse(repo.path("target/site/chau-o/lay-y-kien/index.html").toFile(), "UTF-8").select(".trang-thai").eachText();
    }
}
