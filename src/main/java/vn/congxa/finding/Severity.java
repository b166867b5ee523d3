package vn.congxa.finding;

/** An error stops the build; a warning is printed and the site is still written. */
public enum Severity {
    ERROR("severity.error"),
    WARNING("severity.warning");

    private final String messageKey;

    Severity(String messageKey) {
        this.messageKey = messageKey;
    }

    public String label(Lang lang) {
        return Messages.text(lang, messageKey);
    }

    public static Severity parse(String value) {
        return switch (value) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
