package vn.congxa.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The one catalogue of every text a person reads from the command line, in Vietnamese and English
 * ({@code messages_vi.properties}, {@code messages_en.properties}, UTF-8, {@link MessageFormat} syntax).
 */
public final class Messages {

    private static final Map<Lang, Properties> CATALOGUES = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            CATALOGUES.put(lang, load("messages_" + lang.name().toLowerCase() + ".properties"));
        }
    }

    private Messages() {
    }

    public static String text(Lang lang, String key) {
        String pattern = CATALOGUES.get(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("message key missing from the " + lang + " catalogue: " + key);
        }
        return pattern;
    }

    public static String format(Lang lang, Message message) {
        Object[] args = message.args().stream().map(arg -> localise(lang, arg)).toArray();
        return new MessageFormat(text(lang, message.key()), lang.locale()).format(args);
    }

    /** Arguments that are themselves translatable (a nested message, a severity) are rendered in the same language. */
    private static Object localise(Lang lang, Object arg) {
        if (arg instanceof Message nested) {
            return nested.render(lang);
        }
        if (arg instanceof Localised localised) {
            return localised.in(lang);
        }
        // Numbers and other values are printed as they are: MessageFormat would group digits of a year.
        return String.valueOf(arg);
    }

    /** A value that has a text of its own in each language (a section title, a field label). */
    public record Localised(String vi, String en) {
        public String in(Lang lang) {
            return lang.pick(vi, en);
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message catalogue missing: " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
