package vn.congxa.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.congxa.finding.Lang;

/**
 * The pictures of the report, laid out at build time as SVG geometry (no chart library, no script): the scores as
 * bars, communes × sections as a heat map, and publications month by month as lines. Templates draw them; each
 * picture has its data table beside it.
 */
public final class Charts {

    /** Horizontal space for a commune's name to the left of bars and cells. */
    static final int LABEL_WIDTH = 260;
    static final int ROW_HEIGHT = 22;

    private Charts() {
    }

    public record Bar(String label, String value, int y, int width) {
    }

    public record BarChart(int width, int height, int plotWidth, List<Bar> bars) {
    }

    public record Cell(int x, int y, String status, String letter, String title) {
    }

    public record Column(int x, String label) {
    }

    public record Row(int y, String label) {
    }

    public record HeatMap(int width, int height, int cellWidth, List<Column> columns, List<Row> rows, List<Cell> cells) {
    }

    public record Series(String label, String points, String style) {
    }

    public record Tick(int position, String label) {
    }

    public record LineChart(int width, int height, List<Series> series, List<Tick> months, List<Tick> values, int left,
                            int bottom) {
    }

    /** The score of each commune, in rank order, as a bar out of the rubric's maximum. */
    public static BarChart scores(Evaluation evaluation) {
        int plot = 400;
        List<Bar> bars = new ArrayList<>();
        double maximum = evaluation.rubric().maximum();
        for (int i = 0; i < evaluation.communes().size(); i++) {
            Evaluation.CommuneResult c = evaluation.communes().get(i);
            bars.add(new Bar(c.rank() + ". " + c.unit().name(), decimal(c.score()), i * ROW_HEIGHT,
                    maximum <= 0 ? 0 : (int) Math.round(plot * c.score() / maximum)));
        }
        return new BarChart(LABEL_WIDTH + plot + 50, bars.size() * ROW_HEIGHT, plot, bars);
    }

    /** A cell per commune and required section, coloured and lettered by status (colour is never the only cue). */
    public static HeatMap heatMap(Evaluation evaluation) {
        int cell = 34;
        int top = 24;
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < evaluation.sections().size(); j++) {
            columns.add(new Column(LABEL_WIDTH + j * cell, String.valueOf(j + 1)));
        }
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < evaluation.communes().size(); i++) {
            Evaluation.CommuneResult c = evaluation.communes().get(i);
            int y = top + i * ROW_HEIGHT;
            rows.add(new Row(y, c.unit().name()));
            for (int j = 0; j < c.sections().size(); j++) {
                Evaluation.SectionResult s = c.sections().get(j);
                cells.add(new Cell(LABEL_WIDTH + j * cell, y, s.status().key(), letter(s.status()),
                        c.unit().name() + " – " + s.section().title() + ": " + s.status().label(Lang.VI)));
            }
        }
        return new HeatMap(LABEL_WIDTH + columns.size() * cell + 10, top + rows.size() * ROW_HEIGHT, cell, columns, rows, cells);
    }

    /** Items published each month of the year (up to the current month): all units' total and one unit's average. */
    public static LineChart monthly(Evaluation evaluation) {
        int left = 50;
        int width = 640;
        int height = 260;
        int bottom = height - 30;
        int[] total = new int[12];
        evaluation.communes().forEach(c -> {
            int[] m = c.monthly();
            for (int i = 0; i < 12; i++) {
                total[i] += m[i];
            }
        });
        int count = Math.max(1, evaluation.communes().size());
        int top = Math.max(1, Arrays.stream(total).max().orElse(1));
        int scale = niceCeiling(top);
        double[] average = Arrays.stream(total).mapToDouble(t -> (double) t / count).toArray();
        List<Tick> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new Tick(x(i, left, width), "T" + (i + 1)));
        }
        List<Tick> values = new ArrayList<>();
        for (int k = 0; k <= 4; k++) {
            values.add(new Tick(y(scale * k / 4.0, scale, bottom), decimal(scale * k / 4.0)));
        }
        // The months of the current year that have not come yet are not drawn as months without items.
        int elapsed = evaluation.asOf().getYear() == evaluation.year() ? evaluation.asOf().getMonthValue() : 12;
        List<Series> series = List.of(
                new Series(evaluation.addressee().isBlank() ? "Tất cả đơn vị" : "Cả " + evaluation.addressee(), points(
                        Arrays.stream(total).asDoubleStream().limit(elapsed).toArray(), left, width, scale, bottom), "tong"),
                new Series("Trung bình một đơn vị", points(Arrays.copyOf(average, elapsed), left, width, scale, bottom), "trung-binh"));
        return new LineChart(width, height, series, months, values, left, bottom);
    }

    private static String points(double[] values, int left, int width, int scale, int bottom) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            points.append(i == 0 ? "" : " ").append(x(i, left, width)).append(',').append(y(values[i], scale, bottom));
        }
        return points.toString();
    }

    private static int x(int month, int left, int width) {
        return left + month * (width - left - 20) / 11;
    }

    private static int y(double value, int scale, int bottom) {
        return (int) Math.round(bottom - value * (bottom - 10) / scale);
    }

    /** 1, 2, 5, 10, 20, 50… at or above the value: round numbers on the axis. */
    static int niceCeiling(int value) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (step * factor >= value) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    /** Đ, C, T, Q: the first letter of each status, read in the cell beside its colour. */
    static String letter(Status status) {
        return switch (status) {
            case DAT -> "Đ";
            case CHUA_DAT -> "C";
            case TRONG -> "T";
            case QUA_HAN -> "Q";
        };
    }

    /** 12.5 as Vietnamese writes it: "12,5"; whole numbers without a decimal. */
    public static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text).replace('.', ',');
    }
}
