package vn.congxa.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;

/**
 * The district's yearly report on the district of 2023 (as of 1/3/2026, under Nghị định 42/2022) with three communes
 * made to fail in three ways: its numbers are compared with counts made here straight from the Markdown files, its
 * scores with the rubric's formula, and its ranking follows the weights of the rubric file.
 */
class ReportTest {

    private static final Pattern DATE = Pattern.compile("(?m)^date: (\\d{4})-(\\d{2})-\\d{2}\\s*$");
    private static final List<String> COMMUNES = List.of("binh-chau", "binh-thanh", "chau-o");

    @TempDir
    Path dir;

    /** Châu Ổ without statistics (trống), Bình Thạnh with 2 documents of the 3 needed (chưa đạt), Bình Châu's law dissemination stale. */
    private TestRepo failingDistrict() {
        TestRepo repo = TestRepo.district2023(dir)
                .delete("communes/chau-o/thong-ke")
                .delete("communes/binh-thanh/van-ban/cv-305-phong-chong-dich-benh-gia-suc.md")
                .delete("communes/binh-thanh/van-ban/kh-76-san-xuat-vu-dong-xuan-2026-2027.md");
        try (Stream<Path> files = Files.list(repo.path("communes/binh-chau/pho-bien-phap-luat"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                repo.write(repo.root().relativize(file).toString(), DATE.matcher(text).replaceFirst("date: 2025-06-02"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return repo;
    }

    private static TestRepo rubric(TestRepo repo, String weights, double perItem) {
        return repo.write("content/rubric.yml", """
                name: Thang điểm thử
                version: "0.1"
                section_points: 80
                default_weight: 1
                weights:
                %s
                status_factor: {dat: 1, qua_han: 0.5, chua_dat: 0.25, trong: 0}
                volume_points_per_item: %s
                volume_cap: 100
                """.formatted(weights.indent(2).stripTrailing(), perItem));
    }

    private static JsonNode report(TestRepo repo) throws IOException {
        Run run = repo.run("report", "--as-of", TestRepo.AUDIT_AS_OF);
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("Đã lập báo cáo năm 2026 cho 3 đơn vị (3 đơn vị có chuyên mục bắt buộc chưa đạt): "), run::toString);
        return new ObjectMapper().readTree(repo.path("target/site/bao-cao/danh-gia.json").toFile());
    }

    private static JsonNode commune(JsonNode report, String slug) {
        for (JsonNode commune : report.get("xa")) {
            if (commune.get("ma_xa").asText().equals(slug)) {
                return commune;
            }
        }
        throw new AssertionError(slug);
    }

    private static JsonNode section(JsonNode commune, String path) {
        for (JsonNode section : commune.get("chuyen_muc")) {
            if (section.get("chuyen_muc").asText().equals(path)) {
                return section;
            }
        }
        throw new AssertionError(path);
    }

    @Test
    void theNumbersAreTheFilesCountedIndependently() throws IOException {
        TestRepo repo = rubric(failingDistrict(), "van-ban: 3", 0.1);
        JsonNode report = report(repo);
        assertEquals(2026, report.get("nam").asInt());
        // Addressed to the overseeing unit of content/don-vi-quan-ly.yml (the district, in a repository of 2023).
        assertEquals("huyện Bình Sơn", report.get("don_vi").asText());
        for (String slug : COMMUNES) {
            Map<String, int[]> counted = countByFolder(repo, slug);
            JsonNode commune = commune(report, slug);
            int[] months = counted.values().stream().reduce(new int[12], ReportTest::sum);
            int[] reported = new int[12];
            for (int m = 0; m < 12; m++) {
                reported[m] = commune.get("so_bai_theo_thang").get(m).asInt();
            }
            assertArrayEquals(months, reported, slug);
            assertEquals(java.util.Arrays.stream(months).sum(), commune.get("so_bai_trong_nam").asInt(), slug);
            for (JsonNode section : commune.get("chuyen_muc")) {
                int[] folder = counted.getOrDefault(section.get("chuyen_muc").asText(), new int[12]);
                assertEquals(java.util.Arrays.stream(folder).sum(), section.get("so_bai_trong_nam").asInt(),
                        slug + " " + section.get("chuyen_muc").asText());
            }
        }
        assertEquals("trong", section(commune(report, "chau-o"), "thong-ke").get("tinh_trang").asText());
        assertEquals("chua_dat", section(commune(report, "binh-thanh"), "van-ban").get("tinh_trang").asText());
        assertEquals(2, section(commune(report, "binh-thanh"), "van-ban").get("so_bai_da_dang").asInt());
        JsonNode stale = section(commune(report, "binh-chau"), "pho-bien-phap-luat");
        assertEquals("qua_han", stale.get("tinh_trang").asText());
        assertEquals("2025-06-02", stale.get("bai_moi_nhat").asText());
        assertTrue(stale.get("phat_hien").get(0).asText().contains("[stale-section]"), stale::toString);

        // 13 required sections, weight 3 for documents: Bình Thạnh keeps 0.25 of those 3.
        JsonNode binhThanh = commune(report, "binh-thanh");
        double sections = 80 * (12 + 3 * 0.25) / 15;
        double volume = 0.1 * binhThanh.get("so_bai_trong_nam").asInt();
        assertEquals(Math.round((sections + volume) * 10) / 10.0, binhThanh.get("diem").asDouble(), 1e-9);
        assertEquals(Math.round(sections * 10) / 10.0, binhThanh.get("diem_chuyen_muc").asDouble(), 1e-9);
    }

    @Test
    void changingAWeightInTheRubricChangesTheRanking() throws IOException {
        TestRepo repo = rubric(failingDistrict(), "thong-ke: 1\nvan-ban: 3", 0);
        assertEquals(List.of("binh-chau", "chau-o", "binh-thanh"), ranking(report(repo)));
        rubric(repo, "thong-ke: 4\nvan-ban: 1", 0);
        assertEquals(List.of("binh-chau", "binh-thanh", "chau-o"), ranking(report(repo)));
    }

    @Test
    void theCsvOpensInExcelWithVietnameseAndHasARowPerCommuneAndSection() throws IOException {
        TestRepo repo = failingDistrict();
        report(repo);
        byte[] csv = Files.readAllBytes(repo.path("target/site/bao-cao/danh-gia.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3), "UTF-8 byte-order mark");
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals(1 + 3 * 13, lines.size());
        // The Thống kê row of Châu Ổ: no item in the year, none published, no newest date, trống.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2026,") && l.contains(",chau-o,Ủy ban nhân dân thị trấn Châu Ổ,")
                && l.endsWith(",thong-ke,Thống kê,0,0,,trống,0")), () -> String.join("\n", lines));
    }

    @Test
    void anOfficialSeesAtAGlanceWhichCommunesFailWhichSections() throws IOException {
        TestRepo repo = failingDistrict();
        report(repo);
        Document page = Jsoup.parse(repo.path("target/site/bao-cao/index.html").toFile(), "UTF-8");
        assertEquals("3 trên 3 đơn vị có chuyên mục bắt buộc chưa đạt, trống hoặc quá hạn.", page.selectFirst(".tom-tat").text());
        // Every chart is an image with a title and a description, and its data table is on the page.
        assertEquals(3, page.select("svg[role=img]").size());
        page.select("svg[role=img]").forEach(svg -> {
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertTrue(page.getElementById(id) != null && !page.getElementById(id).text().isBlank(), id);
            }
        });
        var rows = page.select("table.bang-tinh-trang tbody tr");
        assertEquals(3, rows.size());
        var chauO = rows.stream().filter(r -> r.selectFirst("th").text().equals("Ủy ban nhân dân thị trấn Châu Ổ")).findFirst().orElseThrow();
        assertEquals(12, chauO.select(".tt-dat").size());
        assertEquals(List.of("trống"), chauO.select(".tt-trong").eachText());
        // The heat map writes the status as a letter, not only a colour.
        assertEquals(39, page.select("svg g.o text").size());
        assertEquals(1, page.select("svg g.o.tt-trong").size());
    }

    private static List<String> ranking(JsonNode report) {
        List<String> slugs = new ArrayList<>();
        report.get("xa").forEach(c -> slugs.add(c.get("ma_xa").asText()));
        return slugs;
    }

    private static int[] sum(int[] a, int[] b) {
        int[] total = new int[12];
        for (int i = 0; i < 12; i++) {
            total[i] = a[i] + b[i];
        }
        return total;
    }

    /**
     * Items of 2026 by folder and month, read from the files: a commune's own Markdown and the shared pages it does
     * not replace, leaving out landing pages (index.md), drafts and items without a body.
     */
    private static Map<String, int[]> countByFolder(TestRepo repo, String slug) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        collect(repo.path("content"), files);
        collect(repo.path("communes/" + slug), files); // a commune's file replaces the shared one at the same path
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String text = Files.readString(file.getValue());
            String[] parts = text.split("(?m)^---\\s*$", 3);
            if (parts.length < 3 || parts[1].contains("draft: true") || parts[2].isBlank()) {
                continue;
            }
            Matcher date = DATE.matcher(parts[1]);
            if (date.find() && date.group(1).equals("2026")) {
                String folder = file.getKey().contains("/") ? file.getKey().substring(0, file.getKey().lastIndexOf('/')) : "";
                counts.computeIfAbsent(folder, f -> new int[12])[Integer.parseInt(date.group(2)) - 1]++;
            }
        }
        return counts;
    }

    private static void collect(Path root, Map<String, Path> files) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
                    .forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
        }
    }
}
