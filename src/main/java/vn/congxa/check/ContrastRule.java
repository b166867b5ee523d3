package vn.congxa.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.finding.Messages;
import vn.congxa.profile.Accessibility;
import vn.congxa.field.Colour;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.Values;
import vn.congxa.yaml.YNode;

/**
 * A commune's colours must stay readable: each colour field is checked against the colours it is shown with
 * ({@code contrast_with} in the kinds file), at the contrast the profile asks for (WCAG 2.1 AA: 4.5:1).
 */
final class ContrastRule {

    private static final Messages.Localised PAGE = new Messages.Localised("trang", "page");

    private ContrastRule() {
    }

    /** @param values the fields as read, defaults included */
    static void check(String path, YNode.Mapping config, List<FieldSpec> specs, Values values,
                      Accessibility accessibility, List<Finding> findings) {
        for (FieldSpec spec : specs) {
            Optional<Colour> text = values.plain(spec.key()).flatMap(Colour::parse);
            for (String other : spec.contrastWith()) {
                Optional<Colour> background = Colour.parse(values.plain(other).orElse(other));
                if (text.isEmpty() || background.isEmpty()) {
                    continue; // an invalid colour is reported by the field reader
                }
                double ratio = text.get().contrastWith(background.get());
                if (ratio < accessibility.minContrast()) {
                    // The line of whichever of the two the commune wrote; a pair of defaults is the kinds file's own.
                    int line = config.get(spec.key()).or(() -> config.get(other)).map(YNode::line).orElse(config.line());
                    Finding finding = Finding.error(path, line, "low-contrast", Message.of("commune.low-contrast",
                            spec.key(), text.get().hex(), values.has(other) ? other : PAGE, background.get().hex(),
                            ratio(Math.floor(ratio * 10) / 10), ratio(accessibility.minContrast())));
                    findings.add(accessibility.basis().map(finding::withBasis).orElse(finding));
                }
            }
        }
    }


    /** 4.5 is "4,5" in Vietnamese. */
    private static Messages.Localised ratio(double value) {
        String english = String.format(Locale.ROOT, "%.1f", value);
        return new Messages.Localised(english.replace('.', ','), english);
    }
}
