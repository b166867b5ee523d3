package vn.congxa.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congxa.content.Slugs;
import vn.congxa.finding.LegalBasis;

/**
 * What a profile asks of each unit as a whole, beyond its sections: the kinds of unit it may be (xã, phường,
 * đặc khu), the address its portal must have, and whether readers must be able to rate the information.
 */
public record UnitRules(Optional<UnitKinds> kinds, Optional<PortalAddress> portalAddress, Optional<Rating> rating) {

    public static final UnitRules NONE = new UnitRules(Optional.empty(), Optional.empty(), Optional.empty());

    /** The kinds of commune-level unit the law knows. */
    public record UnitKinds(List<String> values, Optional<LegalBasis> basis) {
        public UnitKinds {
            values = List.copyOf(values);
        }
    }

    /**
     * The portal's host, from a pattern such as {@code {don_vi}.{ten_mien}}: {@code don_vi} is the unit's name
     * written together without tones ("Bình Sơn" → "binhson"), {@code ten_mien} the overseeing unit's domain.
     */
    public record PortalAddress(String host, Optional<LegalBasis> basis) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

        public static final List<String> PLACEHOLDERS = List.of("don_vi", "ten_mien");

        public String expectedHost(String unitName, String domain) {
            Matcher matcher = PLACEHOLDER.matcher(host);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = matcher.group(1).equals("don_vi") ? Slugs.slugify(unitName).replace("-", "") : domain;
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            return out.toString().toLowerCase(java.util.Locale.ROOT);
        }

        /** The placeholders the pattern names that no unit or overseer field fills. */
        public List<String> unknownPlaceholders() {
            return PLACEHOLDER.matcher(host).results().map(r -> r.group(1)).filter(name -> !PLACEHOLDERS.contains(name)).toList();
        }
    }

    /** Readers rate how satisfied they are with the information, anonymously, on every page. */
    public record Rating(boolean required, Optional<LegalBasis> basis) {
    }
}
