package vn.congxa.field;

import java.util.Optional;
import java.util.function.Predicate;
import vn.congxa.finding.Message;
import vn.congxa.yaml.YNode;

/** A text that must have a form (an address, a phone number), refused with {@code invalid-<type>} otherwise. */
final class Checked {

    private Checked() {
    }

    static Optional<String> text(FieldSpec spec, YNode node, Reading reading, Predicate<String> valid, String messageKey) {
        return reading.text(spec, node).filter(text -> {
            if (valid.test(text)) {
                return true;
            }
            reading.problem(node, "invalid-" + spec.type().id(), Message.of(messageKey, spec.key(), text));
            return false;
        });
    }
}
