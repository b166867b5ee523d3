package vn.congxa.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.yaml.MappingReader;
import vn.congxa.yaml.Nearest;
import vn.congxa.yaml.YNode;

/** Reads and validates {@code content/rubric.yml} against the profile, reporting every problem as a finding. */
public final class RubricLoader {

    private static final Set<String> KEYS = Set.of("name", "version", "section_points", "default_weight", "weights",
            "status_factor", "volume_points_per_item", "volume_cap", "backdating", "monitoring");
    private static final Set<String> BACKDATING_KEYS = Set.of("max_days", "penalty", "migrated_until");

    private RubricLoader() {
    }

    /** Whether the repository has a rubric: without one, a build writes no report. */
    public static boolean exists(Path root) {
        return Files.isRegularFile(root.resolve(Rubric.PATH));
    }

    public static Optional<Rubric> load(Path root, List<Profile> profiles, List<Finding> findings) {
        if (!exists(root)) {
            findings.add(Finding.error(Rubric.PATH, 0, "rubric-missing", Message.of("rubric.missing")));
            return Optional.empty();
        }
        return ProfileLoader.readMapping(root, Rubric.PATH, findings).map(map -> rubric(map, profiles, findings));
    }

    private static Rubric rubric(YNode.Mapping map, List<Profile> profiles, List<Finding> findings) {
        MappingReader reader = new MappingReader(Rubric.PATH, map, findings);
        reader.onlyKeys(KEYS);
        Set<String> sections = profiles.stream().flatMap(Profile::all).filter(Section::required).map(Section::path).collect(Collectors.toSet());
        Map<String, Double> weights = new LinkedHashMap<>();
        reader.mapping("weights").ifPresent(all -> {
            MappingReader weightReader = reader.nested(all);
            for (YNode.Entry entry : all.entries().values()) {
                if (!sections.contains(entry.key())) {
                    findings.add(Finding.error(Rubric.PATH, entry.keyLine(), "rubric-section",
                            Message.of("rubric.unknown-section", entry.key(), Nearest.hint(entry.key(), sections))));
                }
                weights.put(entry.key(), weightReader.number(entry.key(), 1));
            }
        });
        // Without status_factor a met section keeps its points and any other loses them.
        Map<Status, Double> factors = new EnumMap<>(Status.class);
        Arrays.stream(Status.values()).forEach(status -> factors.put(status, status == Status.DAT ? 1.0 : 0.0));
        reader.mapping("status_factor").ifPresent(m -> {
            MappingReader factorReader = reader.nested(m);
            factorReader.onlyKeys(Arrays.stream(Status.values()).map(Status::key).collect(Collectors.toSet()));
            factors.replaceAll((status, fallback) -> factorReader.share(status.key(), fallback));
        });
        int days = 0;
        double penalty = 0;
        Optional<LocalDate> migrated = Optional.empty();
        Optional<YNode.Mapping> backdating = reader.mapping("backdating");
        if (backdating.isPresent()) {
            MappingReader b = reader.nested(backdating.get());
            b.onlyKeys(BACKDATING_KEYS);
            days = b.integer("max_days", 30);
            penalty = b.nonNegative("penalty", 0);
            migrated = b.string("migrated_until", false).flatMap(text -> {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    findings.add(Finding.error(Rubric.PATH, backdating.get().lineOf("migrated_until"), "rubric-date",
                            Message.of("rubric.date", "migrated_until", text)));
                    return Optional.empty();
                }
            });
        }
        return new Rubric(reader.string("name", true).orElse(""), reader.string("version", true).orElse(""),
                reader.number("section_points", 80), reader.number("default_weight", 1), weights, factors,
                reader.nonNegative("volume_points_per_item", 0), reader.nonNegative("volume_cap", 0),
                days, penalty, migrated, indicators(reader));
    }

    /** {@code monitoring}: groups of indicators, each a list of the finding rules it counts. */
    private static Map<String, Map<String, List<String>>> indicators(MappingReader reader) {
        Map<String, Map<String, List<String>>> groups = new LinkedHashMap<>();
        reader.mapping("monitoring").ifPresent(all -> all.entries().values().forEach(group -> {
            Map<String, List<String>> indicators = new LinkedHashMap<>();
            if (group.value() instanceof YNode.Mapping map) {
                map.entries().values().forEach(indicator -> indicators.put(indicator.key(),
                        indicator.value() instanceof YNode.Sequence rules
                                ? rules.items().stream().map(r -> r instanceof YNode.Scalar s ? s.text().strip() : "").toList()
                                : List.of(indicator.value() instanceof YNode.Scalar s ? s.text().strip() : "")));
            } else {
                reader.findings().add(Finding.error(Rubric.PATH, group.keyLine(), "config-wrong-type", Message.of("config.not-mapping", group.key())));
            }
            groups.put(group.key(), indicators);
        }));
        return groups;
    }
}
