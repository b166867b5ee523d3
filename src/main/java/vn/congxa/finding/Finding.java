package vn.congxa.finding;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in the repository: where (path from the repository root with '/', line or 0 for a whole file
 * or folder), how bad, which rule, what is wrong and how to fix it, and which clause of which instrument asks for it.
 * Every stage reports problems as findings; none throws for bad content.
 */
public record Finding(String path, int line, Severity severity, String rule, Message message, Optional<LegalBasis> basis) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.message().render(Lang.EN));

    public static Finding error(String path, int line, String rule, Message message) {
        return new Finding(path, line, Severity.ERROR, rule, message, Optional.empty());
    }

    public static Finding warning(String path, int line, String rule, Message message) {
        return new Finding(path, line, Severity.WARNING, rule, message, Optional.empty());
    }

    public Finding withBasis(LegalBasis legalBasis) {
        return new Finding(path, line, severity, rule, message, Optional.ofNullable(legalBasis));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: severity: message [rule] (basis)}, the line an editor reads. */
    public String toText(Lang lang) {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ").append(severity.label(lang)).append(": ").append(message.render(lang))
                .append(" [").append(rule).append(']');
        basis.ifPresent(b -> out.append(" (").append(b.cite(lang)).append(')'));
        return out.toString();
    }
}
