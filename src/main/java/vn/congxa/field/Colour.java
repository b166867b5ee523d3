package vn.congxa.field;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A colour written as {@code #rrggbb}, as in CSS, and the contrast between two colours as WCAG 2.1 defines it. */
public record Colour(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Optional<Colour> parse(String text) {
        if (!HEX.matcher(text).matches()) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(text.substring(1), 16);
        return Optional.of(new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    /** The contrast ratio, from 1 (the same luminance) to 21 (black on white); the order of the two does not matter. */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance (WCAG 2.1, definition "relative luminance"). */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** {@code #a31d1d}: lower case, as the theme's style sheet writes it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
