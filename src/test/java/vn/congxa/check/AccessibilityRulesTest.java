package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The rules of the profile's {@code accessibility}, on the district of 2023: a commune's colours must contrast
 * enough to be read (Thông tư 26/2020/TT-BTTTT, WCAG 2.1 AA) and a page's images must not outweigh what a phone on
 * mobile data should load.
 */
class AccessibilityRulesTest {

    private static final String CONFIG = "communes/chau-o/commune.yml";
    private static final String ARTICLE = "communes/chau-o/tin-tuc/binh-son-cap-nhat-mua-lu-2026.md";

    @TempDir
    Path dir;

    private static Run build(TestRepo repo) {
        return repo.run("build", "--as-of", TestRepo.AUDIT_AS_OF);
    }

    private static TestRepo withColours(TestRepo repo, String lines) {
        return repo.write(CONFIG, repo.read(CONFIG) + lines);
    }

    @Test
    void aColourPairBelowTheProfilesContrastFailsTheBuildOnTheLineThatChoseIt() {
        TestRepo repo = TestRepo.district2023(dir);
        int line = (int) repo.read(CONFIG).lines().count() + 1;
        Run run = build(withColours(repo, "mau_chu_dao: \"#FFCC00\"\n"));
        assertEquals(1, run.exit(), run::toString);
        // Yellow headings on the white page (1.51:1) and the default white header text on yellow: both refused.
        String basis = " [low-contrast] (Thông tư 26/2020/TT-BTTTT)";
        assertTrue(run.lines().contains(CONFIG + ":" + line + ": lỗi: chữ màu #ffcc00 (mau_chu_dao) trên nền #ffffff (trang) "
                + "chỉ có độ tương phản 1,5:1, dưới mức tối thiểu 4,5:1 để người nhìn kém vẫn đọc được: chọn màu chữ đậm hơn "
                + "hoặc màu nền nhạt hơn (hay ngược lại)" + basis), run::toString);
        assertTrue(run.lines().contains(CONFIG + ":" + line + ": lỗi: chữ màu #ffffff (mau_chu_dau_trang) trên nền #ffcc00 "
                + "(mau_chu_dao) chỉ có độ tương phản 1,5:1, dưới mức tối thiểu 4,5:1 để người nhìn kém vẫn đọc được: chọn màu "
                + "chữ đậm hơn hoặc màu nền nhạt hơn (hay ngược lại)" + basis), run::toString);
        assertTrue(run.err().contains("Chưa ghi gì"), run::toString);
    }

    @Test
    void aReadablePairOfItsOwnColoursTheCommunesSite() {
        TestRepo repo = withColours(TestRepo.district2023(dir), "mau_chu_dao: \"#0B5394\"\nmau_chu_dau_trang: \"#FFFFFF\"\n");
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        assertEquals(":root {\n  --mau-chu-dao: #0b5394;\n  --mau-chu-dau-trang: #ffffff;\n}\n",
                repo.read("target/site/chau-o/assets/mau-sac.css"));
        // A commune that chose nothing gets the defaults of the kinds file.
        assertEquals(":root {\n  --mau-chu-dao: #a31d1d;\n  --mau-chu-dau-trang: #ffffff;\n}\n",
                repo.read("target/site/binh-thanh/assets/mau-sac.css"));
    }

    @Test
    void aColourThatIsNotHexadecimalIsRefusedAndNeverReachesTheStyleSheet() {
        TestRepo repo = TestRepo.district2023(dir);
        int line = (int) repo.read(CONFIG).lines().count() + 1;
        Run run = build(withColours(repo, "mau_chu_dao: \"red; } body { display: none\"\n"));
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().contains(CONFIG + ":" + line + ": lỗi: màu \"red; } body { display: none\" của trường "
                + "\"mau_chu_dao\" không hợp lệ: viết dạng # và sáu chữ số hệ mười sáu, ví dụ #a31d1d [invalid-color]"), run::toString);
    }

    @Test
    void imagesHeavierThanTheBudgetOfAPageAreAnErrorNamingTheHeaviest() {
        TestRepo repo = TestRepo.district2023(dir)
                .writeBytes("communes/chau-o/tin-tuc/anh/de-bao.gif", new byte[700 * 1024])
                .writeBytes("communes/chau-o/tin-tuc/anh/so-tan.gif", new byte[400 * 1024]);
        repo.write(ARTICLE, repo.read(ARTICLE) + "\n![Đê bao ven sông Trà Bồng](anh/de-bao.gif)\n\n"
                + "![Người dân sơ tán đến nhà văn hóa](anh/so-tan.gif)\n\n![Đê bao, ảnh nhắc lại](anh/de-bao.gif)\n");
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        // An image shown twice is loaded once: 700 + 400 KB, and the commune's logo (800 bytes) on every page. GIFs (which
        // may be animated) are published as they are; photos are resized (PhotosTest).
        assertTrue(run.lines().contains(ARTICLE + ": lỗi: các ảnh của trang này nặng tổng cộng 1101 KB (ảnh chụp tính theo bản điện thoại "
                + "tải), vượt mức 1024 KB cho một trang (người dân đọc trên điện thoại, mạng di động): bớt ảnh hay chia thành nhiều bài; ảnh GIF "
                + "không động thì lưu lại dạng JPG hoặc PNG để cổng thu nhỏ được. Ảnh nặng nhất: communes/chau-o/tin-tuc/anh/de-bao.gif (700 KB) "
                + "[image-budget]"),
                run::toString);

        repo.delete("communes/chau-o/tin-tuc/anh/so-tan.gif")
                .write(ARTICLE, repo.read(ARTICLE).replace("![Người dân sơ tán đến nhà văn hóa](anh/so-tan.gif)", ""));
        assertEquals(0, build(repo).exit(), "700 KB is within the budget");
    }
}
