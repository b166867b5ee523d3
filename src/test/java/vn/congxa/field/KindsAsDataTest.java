package vn.congxa.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.congxa.TestRepo;

/**
 * What a kind shows is data: a new kind with a new field is added, listed and searched by editing {@code kinds.yml},
 * the profile and content only; a field renamed in {@code kinds.yml} and in the content keeps every page as it was; a
 * field renamed in one place and not in another fails the build on the line that still names it.
 */
class KindsAsDataTest {

    @TempDir
    Path dir;

    @Test
    void aNewKindWithANewFieldIsListedShownAndSearchedFromDataFilesAlone() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        String kinds = repo.read("content/kinds.yml");
        repo.write("content/kinds.yml", kinds.replace("\ncommune:\n", """

                  thong-bao:
                    title: Thông báo
                    title_en: Notice
                    listing: [noi_nhan]
                    fields:
                      noi_nhan: {type: string, required: true, label: Nơi nhận, label_en: Recipients}
                      ngay_het_han: {type: date, future: true, label: Hết hạn, label_en: Expires}
                commune:
                """));
        repo.write("content/profile.yml", repo.read("content/profile.yml") + """
                  - slug: thong-bao
                    title: Thông báo
                    title_en: Notices
                    kind: thong-bao
                    required: false
                """);
        repo.write("communes/xa-mau/thong-bao/lich-cat-dien.md", """
                ---
                title: Lịch cắt điện tuần 49
                date: 2026-11-27
                noi_nhan: Các thôn Phú Lộc, Vĩnh Tân
                ngay_het_han: 2026-12-06
                ---
                Điện lực thông báo lịch cắt điện để bảo dưỡng đường dây.
                """);

        assertEquals(0, repo.run("build", "--as-of", TestRepo.AS_OF).exit());
        Document listing = Jsoup.parse(repo.path("target/site/xa-mau/thong-bao/index.html").toFile(), "UTF-8");
        assertEquals("Các thôn Phú Lộc, Vĩnh Tân", listing.selectFirst("ul.danh-sach li .gia-tri").text(),
                "the listing shows the field the kind lists beside the title");
        Document page = Jsoup.parse(repo.path("target/site/xa-mau/thong-bao/lich-cat-dien.html").toFile(), "UTF-8");
        assertEquals(List.of("Nơi nhận", "Hết hạn"), page.select("table.thuoc-tinh th").eachText());
        assertEquals(List.of("Các thôn Phú Lộc, Vĩnh Tân", "06/12/2026"), page.select("table.thuoc-tinh td").eachText());
        assertTrue(repo.read("target/site/xa-mau/tim-kiem/chi-muc-1.js").contains("Các thôn Phú Lộc, Vĩnh Tân"),
                "search finds the item by its new field");

        // The new field is checked like any other: required, and of its type.
        repo.write("communes/xa-mau/thong-bao/lich-cat-dien.md", repo.read("communes/xa-mau/thong-bao/lich-cat-dien.md")
                .replace("noi_nhan: Các thôn Phú Lộc, Vĩnh Tân\n", "").replace("2026-12-06", "06/12/2026"));
        TestRepo.Run broken = repo.run("check", "--as-of", TestRepo.AS_OF);
        assertEquals(1, broken.exit());
        assertTrue(broken.out().contains("communes/xa-mau/thong-bao/lich-cat-dien.md:2: lỗi:") && broken.out().contains("[missing-field]"),
                broken.out());
        assertTrue(broken.out().contains("communes/xa-mau/thong-bao/lich-cat-dien.md:4: lỗi:") && broken.out().contains("[invalid-date]"),
                broken.out());
    }

    /** Fields every show of which is declared in kinds.yml: listings, tables, summaries, order, page parts, metadata. */
    private static final List<List<String>> RENAMES = List.of(
            List.of("so_ky_hieu", "so_hieu"), List.of("ngay_ban_hanh", "ngay_ky"), List.of("trich_yeu", "tom_luoc"),
            List.of("chuc_vu", "chuc_danh"), List.of("thu_tu", "vi_tri"), List.of("cau_hoi", "noi_dung_hoi"),
            List.of("dich_vu_cong", "nop_truc_tuyen"));

    @Test
    void renamingFieldsInTheKindsAndTheContentKeepsEveryPageAsItWas() throws IOException {
        TestRepo repo = TestRepo.sample(dir);
        assertEquals(0, repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF, "--out", "target/before").exit());

        for (List<String> rename : RENAMES) {
            Pattern word = Pattern.compile("\\b" + rename.get(0) + "\\b");
            for (Path file : files(repo.path("content"), repo.path("communes"))) {
                String relative = repo.root().relativize(file).toString().replace('\\', '/');
                String text = repo.read(relative);
                // In Markdown files only the front matter's keys are fields; the prose stays as written.
                String renamed = relative.endsWith(".md")
                        ? Pattern.compile("^" + rename.get(0) + ":", Pattern.MULTILINE).matcher(text).replaceAll(rename.get(1) + ":")
                        : word.matcher(text).replaceAll(Matcher.quoteReplacement(rename.get(1)));
                if (!renamed.equals(text)) {
                    repo.write(relative, renamed);
                }
            }
        }
        assertTrue(repo.read("content/kinds.yml").contains("so_hieu:") && !repo.read("content/kinds.yml").contains("so_ky_hieu"));

        TestRepo.Run after = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF, "--out", "target/after");
        assertEquals(0, after.exit(), after.out());
        // What congxa keeps for itself (its marker, the inputs' stamps, the build cache) is not published. The web
        // editor's configuration names the fields, as the files it writes must: it follows the rename.
        java.util.function.Predicate<Path> pages = file -> java.util.stream.StreamSupport.stream(file.spliterator(), false)
                .noneMatch(name -> name.toString().startsWith(".congxa")) && !file.endsWith(vn.congxa.cms.Editor.FOLDER + "/config.yml");
        assertEquals(TestRepo.fingerprint(repo.path("target/before"), pages), TestRepo.fingerprint(repo.path("target/after"), pages),
                "every page, feed, index and report is byte for byte the same");
    }

    @Test
    void aFieldRenamedInItsKindButNotWhereTheKindShowsItFailsOnThatLine() throws IOException {
        TestRepo repo = TestRepo.sample(dir);
        String kinds = repo.read("content/kinds.yml");
        repo.write("content/kinds.yml", kinds.replace("      so_ky_hieu:       {type: string", "      so_hieu:          {type: string"));
        int tableLine = lineOf(kinds, "    table: [so_ky_hieu");
        int listingLine = lineOf(kinds, "    listing: [so_ky_hieu]");

        TestRepo.Run run = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("content/kinds.yml:" + listingLine + ": lỗi: listing của loại \"van-ban\" nêu trường \"so_ky_hieu\""),
                run.out());
        assertTrue(run.out().contains("content/kinds.yml:" + tableLine + ": lỗi: table của loại \"van-ban\" nêu trường \"so_ky_hieu\""),
                run.out());
        assertTrue(run.out().contains("Có phải ý bạn là \"so_hieu\"?"), run.out());
        assertTrue(run.out().contains("[kinds-field]") && run.out().contains("[kinds-json-ld]"), run.out());
        assertTrue(repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--lang", "en").out()
                .contains("content/kinds.yml:" + tableLine + ": error: table of kind \"van-ban\" names field \"so_ky_hieu\""));

        // A listing shows values as text: not a file to download.
        repo.write("content/kinds.yml", kinds.replace("    listing: [so_ky_hieu]", "    listing: [so_ky_hieu, tep_dinh_kem]"));
        assertTrue(repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF).out().contains("content/kinds.yml:" + listingLine
                + ": lỗi: listing của loại \"van-ban\" phải là một trường kiểu string, text, date"), "a file listed");

        // An order must be a whole number, a date bound a date.
        repo.write("content/kinds.yml", kinds.replace("    order: thu_tu", "    order: chuc_vu"));
        assertTrue(repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF).out().contains("content/kinds.yml:" + lineOf(kinds, "    order: thu_tu")
                + ": lỗi: order của loại \"can-bo\" phải là một trường kiểu integer, nhưng trường \"chuc_vu\" có kiểu string [kinds-field]"));
    }

    @Test
    void aTemplateNamingAFieldNoKindHasFailsOnItsLine() throws IOException {
        TestRepo repo = TestRepo.base(dir);
        String layout = repo.read("templates/_layout.ftl");
        repo.write("templates/_layout.ftl", layout.replace("<p>Địa chỉ: ${site.dia_chi!}</p>",
                "<p>Địa chỉ: ${site.dia_chi_lien_he!}</p>").replace("<a href=\"${item.href}\">${item.title}</a>",
                "<a href=\"${item.href}\">${item.title}</a> ${item.values.so_ky_hieuu!}"));
        TestRepo.Run run = repo.run("build", "--as-of", TestRepo.AS_OF);
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("templates/_layout.ftl:" + lineOf(layout, "<p>Địa chỉ: ${site.dia_chi!}</p>")
                + ": lỗi: mẫu giao diện dùng trường \"dia_chi_lien_he\""), run.out());
        assertTrue(run.out().contains("templates/_layout.ftl:" + lineOf(layout, "<a href=\"${item.href}\">${item.title}</a>")
                + ": lỗi: mẫu giao diện dùng trường \"so_ky_hieuu\""), run.out());
        assertTrue(run.out().contains("Có phải ý bạn là \"so_ky_hieu\"?"), run.out());
        assertTrue(Files.notExists(repo.path("target/site")), "nothing is written");
    }

    /**
     * No shared template and no Java file names a field of a particular kind: only the fields every item has (title,
     * date…) and those of the units' own files are named; everything else is declared by the kinds.
     */
    @Test
    void noTemplateAndNoJavaFileNamesAFieldOfAKind() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        List<String> kindFields = kindFieldsOnly(Files.readString(project.resolve("content/kinds.yml")));
        assertTrue(kindFields.containsAll(List.of("so_ky_hieu", "chuc_vu", "trich_yeu", "thu_tu", "cau_hoi")), kindFields.toString());
        // The yearly export's own columns (published with their schema) are not fields of a kind, whatever their name.
        String exportSchema = Files.readString(project.resolve("src/main/resources/vn/congxa/report/danh-gia.schema.json"));
        StringBuilder named = new StringBuilder();
        for (Path file : files(project.resolve("templates"), project.resolve("src/main/java"))) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".ftl") && !name.endsWith(".java")) {
                continue;
            }
            String text = Files.readString(file);
            // In a template, only what it computes can name a field: its interpolations and directives.
            String code = name.endsWith(".java") ? text : String.join("\n", expressions(text));
            for (String field : kindFields) {
                Pattern use = name.endsWith(".java") ? Pattern.compile("\"" + field + "\"") : Pattern.compile("[.\\[\"']" + field + "\\b");
                if (use.matcher(code).find() && !(name.endsWith(".java") && exportSchema.contains("\"" + field + "\""))) {
                    named.append(project.relativize(file)).append(": ").append(field).append('\n');
                }
            }
        }
        assertEquals("", named.toString());
    }

    /** The keys of the kinds' own fields (and their rows'), but for those every item, or every unit's file, also has. */
    @SuppressWarnings("unchecked")
    private static List<String> kindFieldsOnly(String kindsYml) {
        Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(kindsYml);
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String file : List.of("common", "commune", "overseer")) {
            shared.addAll(((Map<String, Object>) yaml.get(file)).keySet());
        }
        java.util.Set<String> fields = new java.util.TreeSet<>();
        for (Object kind : ((Map<String, Object>) yaml.get("kinds")).values()) {
            collect((Map<String, Object>) ((Map<String, Object>) kind).get("fields"), fields);
        }
        fields.removeAll(shared);
        return List.copyOf(fields);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> fields, java.util.Set<String> into) {
        fields.forEach((key, spec) -> {
            into.add(key);
            Object rows = ((Map<String, Object>) spec).get("fields");
            if (rows instanceof Map<?, ?> map) {
                collect((Map<String, Object>) map, into);
            }
        });
    }

    private static List<String> expressions(String template) {
        Matcher expression = Pattern.compile("\\$\\{[^}]*}|<[#@](?!--)[^>]*>").matcher(template.replaceAll("(?s)<#--.*?-->", ""));
        List<String> found = new java.util.ArrayList<>();
        while (expression.find()) {
            found.add(expression.group());
        }
        return found;
    }

    private static int lineOf(String text, String line) {
        int at = text.indexOf(line);
        assertTrue(at >= 0, line);
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static List<Path> files(Path... roots) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".md")
                        || f.toString().endsWith(".ftl") || f.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
