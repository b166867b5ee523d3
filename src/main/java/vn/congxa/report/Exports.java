package vn.congxa.report;

import vn.congxa.text.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.congxa.finding.Lang;

/** The evaluation as files the overseeing unit's offices and monitoring platform open: CSV for Excel (UTF-8 with a byte-order mark) and JSON. */
public final class Exports {

    public static final String CSV = "danh-gia.csv";
    public static final String JSON = "danh-gia.json";
    /** The JSON Schema of {@value #JSON}, published beside it for the province's monitoring platform. */
    public static final String SCHEMA = "danh-gia.schema.json";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Exports() {
    }

    /** One row per commune and required section, with the commune's score and rank on each: ready for a pivot table. */
    public static byte[] csv(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        row(out, List.of("nam", "hang", "ma_xa", "ten_xa", "diem", "so_bai_trong_nam", "chuyen_muc", "ten_chuyen_muc",
                "so_bai_cua_chuyen_muc_trong_nam", "so_bai_da_dang", "bai_moi_nhat", "tinh_trang", "so_bai_lui_ngay"));
        for (Evaluation.CommuneResult commune : evaluation.communes()) {
            for (Evaluation.SectionResult section : commune.sections()) {
                row(out, List.of(String.valueOf(evaluation.year()), String.valueOf(commune.rank()), commune.unit().slug(),
                        commune.unit().name(), String.valueOf(commune.score()), String.valueOf(commune.itemsInYear()),
                        section.section().path(), section.section().title(), String.valueOf(section.itemsInYear()),
                        String.valueOf(section.publishedItems()), section.newest().map(LocalDate::toString).orElse(""),
                        section.status().label(Lang.VI), String.valueOf(commune.backdated().size())));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** The export's JSON Schema, as shipped with congxa. */
    public static byte[] schema() {
        try (var in = Exports.class.getResourceAsStream(SCHEMA)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the schema is part of congxa's jar", e);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(Exports::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?") ? "'" + text : text;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * What the province's monitoring platform collects (Nghị định 224/2026/NĐ-CP Điều 12): completeness and timeliness
     * against the profile's structure, and the accessibility and technical indicators the rubric lists.
     */
    private static Map<String, Object> monitoring(Evaluation.CommuneResult commune, Rubric rubric) {
        Map<String, Object> monitoring = new LinkedHashMap<>();
        List<Evaluation.SectionResult> sections = commune.sections();
        long complete = sections.stream().filter(s -> s.status() == Status.DAT || s.status() == Status.QUA_HAN).count();
        List<Evaluation.SectionResult> timed = sections.stream()
                .filter(s -> s.section().maxAgeDays() > 0 || s.section().currentWeek().isPresent()).toList();
        long timely = timed.stream().filter(s -> s.status() == Status.DAT).count();
        monitoring.put("day_du", share(complete, sections.size()));
        monitoring.put("kip_thoi", share(timely, timed.size()));
        rubric.indicators().forEach((group, indicators) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            indicators.forEach((indicator, rules) -> values.put(indicator, rules.stream().mapToLong(commune::count).sum()));
            monitoring.put(group, values);
        });
        monitoring.put("anh_trang_nang_nhat_kb", (commune.unit().heaviestPageImages() + 1023) / 1024);
        return monitoring;
    }

    private static Map<String, Object> share(long met, long of) {
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("dat", met);
        share.put("tong", of);
        share.put("ty_le", of == 0 ? 1.0 : Math.round(1000.0 * met / of) / 1000.0);
        return share;
    }

    public static byte[] json(Evaluation evaluation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("nam", evaluation.year());
        root.put("tinh_den_ngay", evaluation.asOf().toString());
        root.put("don_vi", evaluation.addressee());
        root.put("giai_doan", evaluation.periods().stream().map(period -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("tu_ngay", period.from().toString());
            p.put("den_ngay", period.until().toString());
            p.put("ho_so", period.profile().id());
            p.put("ten_ho_so", period.profile().name());
            return p;
        }).toList());
        Map<String, Object> rubric = new LinkedHashMap<>();
        rubric.put("ten", evaluation.rubric().name());
        rubric.put("phien_ban", evaluation.rubric().version());
        rubric.put("diem_toi_da", evaluation.rubric().maximum());
        root.put("thang_diem", rubric);
        root.put("doi_chieu_ngay_commit", evaluation.gitChecked());
        List<Map<String, Object>> communes = new ArrayList<>();
        for (Evaluation.CommuneResult commune : evaluation.communes()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("hang", commune.rank());
            c.put("ma_xa", commune.unit().slug());
            c.put("ten_xa", commune.unit().name());
            c.put("diem", commune.score());
            c.put("diem_chuyen_muc", commune.sectionScore());
            c.put("diem_chuyen_muc_theo_giai_doan", commune.periods().stream().map(p -> Math.round(p.sectionScore() * 10) / 10.0).toList());
            c.put("diem_so_luong", commune.volumeScore());
            c.put("diem_tru", commune.penalty());
            c.put("so_bai_trong_nam", commune.itemsInYear());
            int[] monthly = commune.monthly();
            c.put("so_bai_theo_thang", IntStream.of(monthly).boxed().toList());
            c.put("so_loi", commune.errors());
            c.put("so_canh_bao", commune.warnings());
            List<Map<String, Object>> sections = new ArrayList<>();
            for (Evaluation.SectionResult section : commune.sections()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("chuyen_muc", section.section().path());
                s.put("ten", section.section().title());
                s.put("so_bai_trong_nam", section.itemsInYear());
                s.put("so_bai_da_dang", section.publishedItems());
                s.put("bai_moi_nhat", section.newest().map(LocalDate::toString).orElse(null));
                s.put("tinh_trang", section.status().key());
                s.put("phat_hien", section.findings().stream().map(f -> f.toText(Lang.VI)).toList());
                sections.add(s);
            }
            c.put("chuyen_muc", sections);
            c.put("giam_sat", monitoring(commune, evaluation.rubric()));
            c.put("bai_lui_ngay", commune.backdated().stream().map(b -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("tep", b.repoPath());
                item.put("tieu_de", b.title());
                item.put("ngay_ghi", b.stated().toString());
                item.put("ngay_commit_dau", b.firstCommitted().toString());
                return item;
            }).toList());
            communes.add(c);
        }
        root.put("xa", communes);
        return Json.pretty(root).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
