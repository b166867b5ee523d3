package vn.congxa.field;

import java.util.Optional;

/**
 * What a date of an item must respect besides its format, as the kinds file declares it: whether it may lie in the
 * future of the build day ({@code future: true}, for an effective date or the close of a consultation; every other
 * date may not, beyond a day), the date fields of the same item it may not precede or follow ({@code not_before},
 * {@code not_after}: a document is issued before it is published), and, on an {@link FieldTypes#ENTRIES} field, the
 * week field of the item that the dates of its rows must fall in ({@code within}: a weekly schedule's rows).
 */
public record Bounds(boolean future, Optional<String> notBefore, Optional<String> notAfter, Optional<String> within) {

    public static final Bounds NONE = new Bounds(false, Optional.empty(), Optional.empty(), Optional.empty());
}
