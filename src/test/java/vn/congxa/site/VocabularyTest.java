package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * Since 1/7/2025 there is no district and no thị trấn: nothing a 2026 build prints or writes says so, except what the
 * units themselves wrote (a history page may tell that huyện Lý Sơn became đặc khu Lý Sơn). The units' own words are
 * taken out first, so that whatever remains comes from congxa: its templates, its messages, its report.
 */
class VocabularyTest {

    private static final Pattern OLD_WORDS = Pattern.compile("(?i)huyện|thị trấn|district");

    @Test
    void aBuildOf2026NeverSpeaksOfDistricts(@TempDir Path dir) throws IOException {
        TestRepo repo = TestRepo.sample(dir);
        try (Stream<Path> files = Files.walk(repo.path("communes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.writeString(file, OLD_WORDS.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("đơn vị cũ"));
            }
        }
        List<String> found = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            TestRepo.Run build = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF, "--lang", lang);
            assertEquals(0, build.exit(), build.toString());
            (build.out() + build.err()).lines().filter(line -> OLD_WORDS.matcher(line).find()).forEach(line -> found.add(lang + ": " + line));
            TestRepo.Run sections = repo.run("sections", "--as-of", TestRepo.SAMPLE_AS_OF, "--lang", lang);
            sections.out().lines().filter(line -> OLD_WORDS.matcher(line).find()).forEach(line -> found.add("sections " + lang + ": " + line));
        }
        try (Stream<Path> files = Files.walk(repo.path("target/site"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|xml|json|csv|js)$")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (OLD_WORDS.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                    found.add(repo.path("target/site").relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
