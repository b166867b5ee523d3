package vn.congxa.finding;

import java.util.Locale;

/** The language a person reads messages in: Vietnamese by default, English on request. */
public enum Lang {
    VI(Locale.forLanguageTag("vi")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Picks one of two texts; used where data (the profile, the kinds) carries both languages. */
    public String pick(String vietnamese, String english) {
        return this == EN && english != null && !english.isBlank() ? english : vietnamese;
    }
}
