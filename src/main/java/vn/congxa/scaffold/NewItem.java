package vn.congxa.scaffold;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import vn.congxa.content.BodyText;
import vn.congxa.content.GeneratedPaths;
import vn.congxa.content.Links;
import vn.congxa.content.Item;
import vn.congxa.content.Slugs;
import vn.congxa.field.FieldSpec;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Kind;

/**
 * A new item of a kind, as an editor starts it: its file name, an ASCII slug of its title that no other file of the
 * folder has, and its front matter with every required field of the kind filled (today's date, this week) or marked
 * with a comment saying what to write. It starts as a draft, so that it is published only when the editor says so.
 */
public final class NewItem {

    private NewItem() {
    }

    /**
     * A longer title names its file by its first {@value} characters (a file name has at most 255 bytes, and an address
     * should stay readable), exactly as the web editor cuts it: Decap CMS's {@code truncate(80, '-')} keeps a title of
     * up to 81 characters whole (the cut mark counts), and cuts a longer one to 80.
     */
    public static final int MAX_TITLE = 80;
    /** What the web editor's slug template adds after the cut, and counts in the length it keeps. */
    public static final String CUT_MARK = "-";

    /** Whether a title can name a file: it has a letter or a digit, which its slug keeps. */
    public static boolean isUsableTitle(String title) {
        return title != null && title.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * {@code quyet-dinh-ve-dat-dai.md}, or {@code …-1.md} (then {@code -2}…) when {@code taken} already has it, as the
     * web editor numbers them, or when the name is one the site makes itself in a section (index, trang-2, nam-2026) or
     * one Windows refuses (con, nul…).
     */
    public static String fileName(String title, String sectionPath, Predicate<String> taken) {
        String slug = Slugs.slugify(shortened(Normalizer.normalize(title, Normalizer.Form.NFC)));
        String name = slug + ".md";
        for (int n = 1; taken.test(name) || isReserved(sectionPath, name); n++) {
            name = slug + "-" + n + ".md";
        }
        return name;
    }

    /** A name in a section's folder that is no item's: its landing page, a page the site makes, a Windows device. */
    private static boolean isReserved(String sectionPath, String name) {
        String page = Links.pageOf(name);
        return name.equals(Item.LANDING) || GeneratedPaths.generatedAt(sectionPath + "/" + page).isPresent()
                || Slugs.isWindowsDeviceName(name);
    }

    private static String shortened(String title) {
        if (title.codePointCount(0, title.length()) <= MAX_TITLE + CUT_MARK.length()) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, MAX_TITLE));
    }

    /** @param section the section the item goes into: the profile may ask more of its kind's fields there */
    public static String text(Kinds kinds, Kind kind, vn.congxa.profile.Section section, String title, LocalDate today) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(title)).append('\n');
        out.append("date: ").append(today).append('\n');
        out.append("draft: true   # bản nháp: xóa dòng này khi bài đã sẵn sàng đăng\n");
        List<FieldSpec> own = section.fields(kind.fields());
        // A notice the section must publish ahead (a planned outage) starts its dates far enough ahead to pass.
        LocalDate days = section.notice().map(notice -> workingDaysAfter(today, notice.workingDays())).orElse(today);
        for (FieldSpec field : own) {
            if (field.required()) {
                field.type().scaffold(field, days, "", out);
            }
        }
        List<String> optional = section.fields(kinds.fieldsOf(kind)).stream()
                .filter(f -> !f.required() && !f.hidden() && !List.of("draft").contains(f.key()))
                .map(f -> f.key() + " (" + f.label() + ")").toList();
        if (!optional.isEmpty()) {
            out.append("# Có thể thêm: ").append(String.join(", ", optional)).append('\n');
        }
        out.append("---\n");
        out.append(BodyText.PLACEHOLDER).append('\n');
        return out.toString();
    }

    /** The day {@code count} working days (Monday to Friday) after {@code day}. */
    private static LocalDate workingDaysAfter(LocalDate day, int count) {
        LocalDate result = day;
        for (int added = 0; added < count; ) {
            result = result.plusDays(1);
            if (result.getDayOfWeek().getValue() <= 5) {
                added++;
            }
        }
        return result;
    }

    /** A YAML double-quoted scalar on one line: a title may hold a colon or a quote, and is one line. */
    private static String quoted(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
