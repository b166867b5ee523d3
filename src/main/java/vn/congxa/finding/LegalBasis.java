package vn.congxa.finding;

/**
 * Where the law asks for something: instrument, article, clause, point. A basis that was only inferred from
 * related texts says so whenever it is printed; a convention from replaced rules is never shown as an obligation.
 */
public record LegalBasis(Instrument instrument, String article, String clause, String point, Status status, String note) {

    public enum Status { CHECKED, INFERRED, CONVENTION }

    /** A legal instrument with its Vietnamese and English names, as declared once in the profile. */
    public record Instrument(String name, String nameEn) {
    }

    public String cite(Lang lang) {
        String reference = lang == Lang.EN ? english() : vietnamese();
        return switch (status) {
            case CHECKED -> reference;
            case INFERRED -> reference + "; " + Messages.text(lang, "basis.inferred") + noteSuffix();
            case CONVENTION -> Messages.text(lang, "basis.convention") + " " + reference;
        };
    }

    private String noteSuffix() {
        return note == null || note.isBlank() ? "" : ": " + note;
    }

    private String vietnamese() {
        StringBuilder out = new StringBuilder();
        if (present(point)) out.append("điểm ").append(point).append(' ');
        if (present(clause)) out.append("khoản ").append(clause).append(' ');
        if (present(article)) out.append("Điều ").append(article).append(' ');
        return out.append(instrument.name()).toString();
    }

    private String english() {
        StringBuilder out = new StringBuilder(instrument.nameEn());
        if (present(article)) {
            out.append(", Article ").append(article);
            if (present(clause)) out.append('(').append(clause).append(')');
            if (present(point)) out.append('(').append(point).append(')');
        }
        return out.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
