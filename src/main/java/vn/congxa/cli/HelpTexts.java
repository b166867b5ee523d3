package vn.congxa.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ResourceBundle;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Messages;

/**
 * The command line's help in one language, for picocli: the {@code help.} texts of the message catalogue, so that
 * every text a person reads lives in one catalogue per language. picocli looks a key up qualified by the command
 * ({@code congxa.build.out}), then alone ({@code as-of}); its own headings are {@code usage.*} keys.
 */
final class HelpTexts extends ResourceBundle {

    static final String PREFIX = "help.";

    private final Map<String, String> texts;

    HelpTexts(Lang lang) {
        this.texts = Map.copyOf(Messages.texts(lang, PREFIX));
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
