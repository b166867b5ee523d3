package vn.congxa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.FieldType;
import vn.congxa.field.FieldTypes;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;

/**
 * Every kind of the project's own kinds file that Nghị định 42/2022's sections use, on a real item of the district of
 * 2023 (whose kinds file is the project's): each required field taken away is a missing-field finding on that file,
 * and each typed field given a wrong value is its own finding. The kinds only Nghị định 224/2026 uses (ban-do,
 * chat-luong-dich-vu, tam-dung) have no item in that district.
 */
class KindFieldsTest {

    private static final Map<FieldType, String[]> INVALID = Map.of(
            FieldTypes.DATE, new String[] {"31/02/2026", "invalid-date"},
            FieldTypes.WEEK, new String[] {"2026-W99", "invalid-week"},
            FieldTypes.URL, new String[] {"http://dichvucong.gov.vn", "invalid-url"},
            FieldTypes.EMAIL, new String[] {"ubnd-tai-binhson", "invalid-email"},
            FieldTypes.PHONE, new String[] {"12345", "invalid-phone"},
            FieldTypes.INTEGER, new String[] {"hai nghìn", "wrong-type"},
            FieldTypes.FILES, new String[] {"[khong-co.pdf]", "missing-file"});

    @TempDir
    Path dir;

    @Test
    void everyKindsRequiredAndTypedFieldsAreChecked() throws IOException {
        TestRepo repo = TestRepo.district2023(dir);
        ProfileLoader.Loaded loaded = ProfileLoader.load(repo.root());
        Profile profile = loaded.inForce(java.time.LocalDate.parse(TestRepo.AUDIT_AS_OF)).orElseThrow();
        Kinds kinds = loaded.kinds().orElseThrow();
        List<String> tried = new ArrayList<>();
        java.util.Set<String> used = profile.all().map(Section::kind).collect(java.util.stream.Collectors.toSet());
        for (Kind kind : kinds.kinds().values().stream().filter(k -> used.contains(k.id())).toList()) {
            Optional<Path> item = sampleItem(repo, profile, kind);
            assertTrue(item.isPresent() || kind.fields().isEmpty(), "the district of 2023 uses the kind " + kind.id());
            if (item.isEmpty()) {
                continue;
            }
            String path = repo.root().relativize(item.get()).toString();
            String original = repo.read(path);
            for (FieldSpec field : kind.fields()) {
                if (field.type() == FieldTypes.ENTRIES || !original.contains("\n" + field.key() + ":")) {
                    continue; // rows of a schedule are checked in RulesTest; optional fields the item does not set
                }
                if (field.required()) {
                    repo.write(path, original.replaceFirst("\n" + field.key() + ":[^\n]*", ""));
                    assertFindingOn(repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF), path, "missing-field", "\"" + field.key() + "\"");
                    tried.add(kind.id() + "." + field.key() + " missing");
                }
                String[] invalid = field.values().isEmpty() ? INVALID.get(field.type()) : new String[] {"Không có trong danh sách", "invalid-value"};
                if (invalid != null) {
                    repo.write(path, original.replaceFirst("\n" + field.key() + ":[^\n]*", "\n" + field.key() + ": " + invalid[0]));
                    assertFindingOn(repo.run("check", "--as-of", TestRepo.AUDIT_AS_OF), path, invalid[1], field.key());
                    tried.add(kind.id() + "." + field.key() + " invalid");
                }
                repo.write(path, original);
            }
        }
        assertTrue(tried.size() >= 25, tried::toString);
    }

    private static void assertFindingOn(Run run, String path, String rule, String mentions) {
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith(path + ":") && line.contains("[" + rule + "]") && line.contains(mentions)),
                () -> path + " [" + rule + "] " + mentions + "\n" + run);
    }

    /** The first item of the district of 2023 in a section of this kind. */
    private static Optional<Path> sampleItem(TestRepo repo, Profile profile, Kind kind) throws IOException {
        for (Section section : profile.all().filter(s -> s.kind().equals(kind.id())).toList()) {
            for (String commune : List.of("binh-chau", "binh-thanh", "chau-o")) {
                Path folder = repo.path("communes/" + commune + "/" + section.path());
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> item = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
                            .sorted().findFirst();
                    if (item.isPresent()) {
                        return item;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
