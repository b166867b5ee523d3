package vn.congxa.profile;

import vn.congxa.field.FieldSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.congxa.finding.Lang;
import vn.congxa.finding.LegalBasis;
import vn.congxa.finding.Severity;

/**
 * A section of a commune portal: a folder ({@code path}, e.g. {@code gioi-thieu/lanh-dao}) and a menu entry.
 *
 * @param minItems   published, non-empty items the section must hold
 * @param maxAgeDays how old its newest item may be; 0 when freshness is not checked
 * @param freshness  the severity of the freshness rules (newest item's age, current week)
 * @param homeItems  how many of its newest items the home page shows in a block of their own (0: none)
 * @param currentWeek the week field (a weekly schedule's) that some published item must set to the current week
 * @param deadline   how soon after being issued an item must be published, if the profile says
 * @param notice     how long before a day it names an item must be published (a planned outage), if the profile says
 * @param fieldRules what the profile asks of its kind's fields beyond the kind itself, by field key
 * @param lang       the language its items are written in, when not Vietnamese ("en" for the English pages)
 */
public record Section(String path, String slug, String title, String titleEn, String kind, boolean required,
                      int minItems, int maxAgeDays, Severity freshness, int homeItems, Optional<String> currentWeek, Optional<Deadline> deadline,
                      Optional<Deadline> notice, java.util.Map<String, FieldSpec.Rule> fieldRules,
                      Optional<LegalBasis> basis, Optional<String> lang, List<Section> children) {

    public Section {
        children = List.copyOf(children);
        fieldRules = java.util.Map.copyOf(fieldRules);
    }

    /** The fields of its kind as this section asks for them: tightened by the profile's field rules. */
    public List<FieldSpec> fields(List<FieldSpec> kindFields) {
        return kindFields.stream().map(spec -> {
            FieldSpec.Rule rule = fieldRules.get(spec.key());
            return rule == null ? spec : spec.tightenedBy(rule);
        }).toList();
    }

    public String title(Lang lang) {
        return lang.pick(title, titleEn);
    }

    /** This section and its descendants, parents first. */
    public Stream<Section> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Section::selfAndDescendants));
    }
}
