package vn.congxa.report;

import vn.congxa.finding.Lang;

/** How a required section of a commune stands in the yearly evaluation, with its key in the rubric file. */
public enum Status {
    /** Present, with enough items, up to date. */
    DAT("dat", "đạt", "met"),
    /** Present but with fewer items than the profile asks. */
    CHUA_DAT("chua_dat", "chưa đạt", "not met"),
    /** Nothing published. */
    TRONG("trong", "trống", "empty"),
    /** Published, but not updated within the profile's time (or without this week's schedule). */
    QUA_HAN("qua_han", "quá hạn", "stale");

    private final String key;
    private final String vi;
    private final String en;

    Status(String key, String vi, String en) {
        this.key = key;
        this.vi = vi;
        this.en = en;
    }

    /** The key of the status in {@code rubric.yml} and in the exports. */
    public String key() {
        return key;
    }

    public String label(Lang lang) {
        return lang.pick(vi, en);
    }
}
