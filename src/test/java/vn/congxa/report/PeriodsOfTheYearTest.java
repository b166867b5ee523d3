package vn.congxa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.BothProfiles;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The report of 2026, the year the law changed: January to June is evaluated under Nghị định 42/2022 as the
 * repository stood on 30/6, July to the report's day under Nghị định 224/2026, and a commune's section score is the
 * two periods' scores weighted by their days. On the district of 2023 carried into the province's repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodsOfTheYearTest {

    private static final String NAME_2022 = "Chuyên mục bắt buộc của cổng thông tin điện tử cấp xã theo Nghị định 42/2022/NĐ-CP";
    private static final String NAME_2026 = "Chuyên mục bắt buộc của cổng thông tin điện tử cấp xã theo Nghị định 224/2026/NĐ-CP";
    /** 01/01–30/06 and 01/07–01/12/2026. */
    private static final int DAYS_2022 = 181;
    private static final int DAYS_2026 = 154;

    @TempDir
    static Path dir;

    private TestRepo repo;
    private Run run;
    private JsonNode report;
    private Document page;

    @BeforeAll
    void reportTheYear() throws IOException {
        repo = BothProfiles.repo(dir);
        run = repo.run("report", "--year", "2026", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        report = new ObjectMapper().readTree(repo.path("target/site/bao-cao/danh-gia.json").toFile());
        page = Jsoup.parse(repo.path("target/site/bao-cao/index.html").toFile(), "UTF-8");
    }

    @Test
    void theExportNamesBothPeriodsWithTheProfileOfEach() {
        assertTrue(run.err().contains("Đã lập báo cáo năm 2026 cho 3 đơn vị (3 đơn vị có chuyên mục bắt buộc chưa đạt): "), run::toString);
        assertEquals(2026, report.get("nam").asInt());
        assertEquals("2026-12-01", report.get("tinh_den_ngay").asText());
        assertEquals("tỉnh Quảng Ngãi", report.get("don_vi").asText());
        List<String> periods = new ArrayList<>();
        report.get("giai_doan").forEach(p -> periods.add(p.get("tu_ngay").asText() + " " + p.get("den_ngay").asText() + " "
                + p.get("ho_so").asText() + " " + p.get("ten_ho_so").asText()));
        assertEquals(List.of("2026-01-01 2026-06-30 " + BothProfiles.PROFILE_2022 + " " + NAME_2022,
                "2026-07-01 2026-12-01 " + BothProfiles.PROFILE_2026 + " " + NAME_2026), periods);
    }

    @Test
    void aCommunesSectionScoreIsItsPeriodsWeightedByTheirDays() {
        for (JsonNode commune : report.get("xa")) {
            JsonNode byPeriod = commune.get("diem_chuyen_muc_theo_giai_doan");
            assertEquals(2, byPeriod.size(), commune::toString);
            double weighted = (byPeriod.get(0).asDouble() * DAYS_2022 + byPeriod.get(1).asDouble() * DAYS_2026) / (DAYS_2022 + DAYS_2026);
            // Each period's score is shown to one decimal, as the total is: they agree to that precision.
            assertEquals(weighted, commune.get("diem_chuyen_muc").asDouble(), 0.1, commune::toString);
        }
        // Châu Ổ met every section of 2022 on 30/6; under 2026 it lacks the new ones.
        JsonNode chauO = commune("chau-o");
        assertEquals(80.0, chauO.get("diem_chuyen_muc_theo_giai_doan").get(0).asDouble(), 1e-9);
        assertTrue(chauO.get("diem_chuyen_muc_theo_giai_doan").get(1).asDouble() < 80.0, chauO::toString);
    }

    @Test
    void theSectionsOfTheYearEndAreThoseOfTheLawThenInForce() {
        JsonNode quality = null;
        for (JsonNode section : commune("binh-thanh").get("chuyen_muc")) {
            if (section.get("chuyen_muc").asText().equals("chat-luong-dich-vu-cong")) {
                quality = section;
            }
        }
        assertTrue(quality != null, "a section of Nghị định 224/2026 is evaluated");
        assertEquals("trong", quality.get("tinh_trang").asText());
    }

    @Test
    void theReportPageSaysTheLawChangedAndEvaluatesEachPeriodUnderItsOwn() {
        assertEquals("Trong năm có thay đổi quy định; mỗi giai đoạn được đánh giá theo hồ sơ có hiệu lực khi đó, điểm chuyên mục "
                + "tính theo số ngày của từng giai đoạn:", page.selectFirst("ul.giai-doan").previousElementSibling().text());
        assertEquals(List.of("Từ 01/01/2026 đến 30/06/2026: " + NAME_2022, "Từ 01/07/2026 đến 01/12/2026: " + NAME_2026),
                page.select("ul.giai-doan li").eachText());
        assertEquals("Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi; Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (giám sát, đánh giá); "
                + "Sở Nội vụ tỉnh Quảng Ngãi (thi đua, khen thưởng).", page.selectFirst("p:containsOwn(Kính gửi)").text());
        // Each commune has one table per period; the first is judged under 2022 as the repository stood on 30/6.
        List<String> captions = page.select("#xa-chau-o ~ div table caption").eachText();
        assertEquals(List.of("Chuyên mục bắt buộc của Ủy ban nhân dân thị trấn Châu Ổ, từ 01/01/2026 đến 30/06/2026 (" + NAME_2022
                        + "): 80 điểm chuyên mục",
                "Chuyên mục bắt buộc của Ủy ban nhân dân thị trấn Châu Ổ, từ 01/07/2026 đến 01/12/2026 (" + NAME_2026 + "): "
                        + decimal(commune("chau-o").get("diem_chuyen_muc_theo_giai_doan").get(1).asDouble()) + " điểm chuyên mục"),
                captions);
    }

    @Test
    void aYearUnderOneLawIsOnePeriod() throws IOException {
        Run early = repo.run("report", "--year", "2026", "--as-of", TestRepo.AUDIT_AS_OF, "--out", dir.resolve("early").toString());
        assertEquals(0, early.exit(), early::toString);
        JsonNode periods = new ObjectMapper().readTree(dir.resolve("early/bao-cao/danh-gia.json").toFile()).get("giai_doan");
        assertEquals(1, periods.size(), periods::toString);
        assertEquals(BothProfiles.PROFILE_2022, periods.get(0).get("ho_so").asText());
        Document single = Jsoup.parse(dir.resolve("early/bao-cao/index.html").toFile(), "UTF-8");
        assertEquals("Đánh giá theo: " + NAME_2022 + " (từ 01/01/2026 đến 01/03/2026).", single.selectFirst("p:containsOwn(Đánh giá theo)").text());
    }

    private JsonNode commune(String slug) {
        for (JsonNode commune : report.get("xa")) {
            if (commune.get("ma_xa").asText().equals(slug)) {
                return commune;
            }
        }
        throw new AssertionError(slug);
    }

    /** A score as the page writes it: one decimal, with a comma, no trailing ",0". */
    private static String decimal(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text).replace('.', ',');
    }
}
