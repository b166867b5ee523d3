package vn.congxa.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** ASCII slugs for file names, folders, URLs and anchors: "Đất đai – Quy hoạch" becomes "dat-dai-quy-hoach". */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private Slugs() {
    }

    /**
     * Whether Windows refuses a file or folder of this name, whatever its extension (CON, PRN, AUX, NUL, COM1–COM9,
     * LPT1–LPT9): editors could neither open nor save it, nor check the repository out.
     */
    public static boolean isWindowsDeviceName(String name) {
        int dot = name.indexOf('.');
        return WINDOWS_DEVICE.matcher(dot < 0 ? name : name.substring(0, dot)).matches();
    }

    public static boolean isSlug(String name) {
        return SLUG.matcher(name).matches();
    }

    public static String slugify(String text) {
        // đ/Đ carry no combining mark: NFD leaves them as they are, so map them first.
        String ascii = MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("");
        String slug = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "trang" : slug;
    }

    /** A file name with its base name slugified and its extension lower-cased: "Quyết định 12.PDF" → "quyet-dinh-12.pdf". */
    public static String slugifyFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return slugify(fileName);
        }
        return slugify(fileName.substring(0, dot)) + "." + slugify(fileName.substring(dot + 1));
    }

    /** Whether a file name is a slug followed by an ASCII extension. */
    public static boolean isSlugFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? isSlug(fileName.substring(0, dot)) && isSlug(fileName.substring(dot + 1)) : isSlug(fileName);
    }
}
