package vn.congxa.bake;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congxa.finding.Lang;
import vn.congxa.report.Charts;
import vn.congxa.report.Evaluation;
import vn.congxa.report.Exports;
import vn.congxa.report.Status;

/** Turns the yearly evaluation and its charts into the plain maps and lists the report template reads. */
final class ReportModel {

    private ReportModel() {
    }

    static Map<String, Object> of(Evaluation evaluation) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("year", String.valueOf(evaluation.year()));
        model.put("asOf", evaluation.asOf().format(vn.congxa.text.Vietnamese.DAY));
        model.put("addressee", evaluation.addressee());
        evaluation.overseer().ifPresent(o -> model.put("overseer", PageModel.overseerFacts(o)));
        model.put("periods", evaluation.periods().stream().map(period -> Map.of(
                "from", period.from().format(vn.congxa.text.Vietnamese.DAY), "until", period.until().format(vn.congxa.text.Vietnamese.DAY),
                "profile", period.profile().name(), "profileId", period.profile().id())).toList());
        model.put("rubric", Map.of("name", evaluation.rubric().name(), "version", evaluation.rubric().version(),
                "maximum", Charts.decimal(evaluation.rubric().maximum())));
        model.put("gitChecked", evaluation.gitChecked());
        model.put("backdatingDays", evaluation.rubric().backdatingDays());
        model.put("csv", Exports.CSV);
        model.put("json", Exports.JSON);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < evaluation.sections().size(); i++) {
            sections.add(Map.of("number", String.valueOf(i + 1), "title", evaluation.sections().get(i).title(),
                    "path", evaluation.sections().get(i).path()));
        }
        model.put("sections", sections);
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            statuses.add(Map.of("key", status.key(), "label", status.label(Lang.VI)));
        }
        model.put("statuses", statuses);
        model.put("communes", evaluation.communes().stream().map(ReportModel::commune).toList());
        model.put("failing", evaluation.communes().stream().filter(c -> c.failing() > 0).count());
        model.put("scores", values(Charts.scores(evaluation)));
        model.put("heatMap", values(Charts.heatMap(evaluation)));
        model.put("monthly", values(Charts.monthly(evaluation)));
        model.put("monthTotals", monthTotals(evaluation));
        model.put("page", Map.of("title", "Đánh giá năm " + evaluation.year(), "root", "../"));
        return model;
    }

    private static Map<String, Object> commune(Evaluation.CommuneResult result) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("slug", result.unit().slug());
        model.put("name", result.unit().name());
        model.put("rank", String.valueOf(result.rank()));
        model.put("score", Charts.decimal(result.score()));
        model.put("sectionScore", Charts.decimal(result.sectionScore()));
        model.put("volumeScore", Charts.decimal(result.volumeScore()));
        model.put("penalty", Charts.decimal(result.penalty()));
        model.put("itemsInYear", String.valueOf(result.itemsInYear()));
        model.put("failing", String.valueOf(result.failing()));
        model.put("errors", String.valueOf(result.errors()));
        model.put("warnings", String.valueOf(result.warnings()));
        model.put("monthly", java.util.stream.IntStream.of(result.monthly()).mapToObj(String::valueOf).toList());
        model.put("periods", result.periods().stream().map(period -> Map.of(
                "from", period.period().from().format(vn.congxa.text.Vietnamese.DAY), "until", period.period().until().format(vn.congxa.text.Vietnamese.DAY),
                "profile", period.period().profile().name(), "sectionScore", Charts.decimal(period.sectionScore()),
                "failing", String.valueOf(period.sections().stream().filter(s -> s.status() != Status.DAT).count()),
                "sections", period.sections().stream().map(ReportModel::section).toList())).toList());
        model.put("sections", result.sections().stream().map(ReportModel::section).toList());
        model.put("backdated", result.backdated().stream().map(b -> Map.of("path", b.repoPath(), "title", b.title(),
                "stated", b.stated().format(vn.congxa.text.Vietnamese.DAY), "first", b.firstCommitted().format(vn.congxa.text.Vietnamese.DAY))).toList());
        return model;
    }

    private static Map<String, Object> section(Evaluation.SectionResult section) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", section.section().title());
            s.put("itemsInYear", String.valueOf(section.itemsInYear()));
            s.put("published", String.valueOf(section.publishedItems()));
            s.put("newest", section.newest().map(d -> d.format(vn.congxa.text.Vietnamese.DAY)).orElse("—"));
            s.put("status", section.status().key());
            s.put("statusLabel", section.status().label(Lang.VI));
            s.put("findings", section.findings().stream().map(f -> f.message().render(Lang.VI)).toList());
            return s;
    }

    private static List<Map<String, Object>> monthTotals(Evaluation evaluation) {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            int month = m;
            int total = evaluation.communes().stream().mapToInt(c -> c.monthly()[month]).sum();
            months.add(Map.of("month", "Tháng " + (m + 1), "total", String.valueOf(total),
                    "average", Charts.decimal((double) total / Math.max(1, evaluation.communes().size()))));
        }
        return months;
    }

    /** Chart geometry (records of numbers and strings, lists of them) as maps, component by component. */
    private static Object values(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    map.put(component.getName(), values(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportModel::values).toList();
        }
        return value;
    }


}
