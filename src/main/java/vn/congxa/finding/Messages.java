package vn.congxa.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

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

    /** Whether both catalogues have a text for {@code key}. */
    public static boolean has(String key) {
        return CATALOGUES.values().stream().allMatch(catalogue -> catalogue.getProperty(key) != null);
    }

    public static String text(Lang lang, String key) {
        String pattern = CATALOGUES.get(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("message key missing from the " + lang + " catalogue: " + key);
        }
        return pattern;
    }

    /**
     * Fills a message in. A number is written as it is (MessageFormat would group the digits of a year), except where
     * the pattern chooses words by it: {@code {0,choice,1#1 error|1<{0} errors}}.
     */
    public static String format(Lang lang, Message message) {
        MessageFormat format = new MessageFormat(text(lang, message.key()), lang.locale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object arg = message.args().get(i);
            boolean plural = arg instanceof Number && i < formats.length && formats[i] instanceof ChoiceFormat;
            args[i] = plural ? arg : localise(lang, arg);
        }
        return format.format(args);
    }

    /**
     * The texts of one language whose keys start with {@code prefix}, by their key without it, as written: texts read
     * by another formatter than MessageFormat (the command line's help).
     */
    public static Map<String, String> texts(Lang lang, String prefix) {
        Map<String, String> texts = new TreeMap<>();
        Properties catalogue = CATALOGUES.get(lang);
        for (String key : catalogue.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), catalogue.getProperty(key));
            }
        }
        return texts;
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
