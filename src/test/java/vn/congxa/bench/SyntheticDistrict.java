package vn.congxa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import vn.congxa.TestRepo;
import vn.congxa.check.Checker;
import vn.congxa.content.Slugs;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;

/**
 * A synthetic district for the side-by-side benchmark ({@code bench/run}): N communes of M items each, spread over every
 * section of the profile (so every kind occurs and every required section passes the check as of {@link #AS_OF}),
 * drawn from a fixed seed and written as three trees holding the same items:
 * <ul>
 *   <li>{@code congxa/}: a congxa repository (the project's {@code content/} and {@code templates/}, {@code communes/xa-NNN/});</li>
 *   <li>{@code hugo/xa-NNN/}: one Hugo site per commune ({@link HugoSites});</li>
 *   <li>{@code jbake/xa-NNN/}: one stock JBake 2.7.0 site per commune ({@link JBakeSites}).</li>
 * </ul>
 *
 * <pre>
 * java -cp target/congxa.jar:target/test-classes vn.congxa.bench.SyntheticDistrict --communes 25 --items 400 --out /tmp/district
 * java -cp target/congxa.jar:target/test-classes vn.congxa.bench.SyntheticDistrict --edit /tmp/district [--system hugo]
 * </pre>
 * The first writes the trees; the second appends a paragraph to one item (the same one in each tree) and prints the slug
 * of its commune, whose site is the one Hugo and JBake must build again.
 */
public final class SyntheticDistrict {

    /** "Today" for the check: item dates are chosen so that every section is fresh on this day. */
    public static final LocalDate AS_OF = LocalDate.parse(TestRepo.SAMPLE_AS_OF);
    public static final long DEFAULT_SEED = 20261128L;

    /** The three trees, each in a folder of that name under the output folder. */
    public enum Tree {
        CONGXA, HUGO, JBAKE;

        public String folder() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One item, the same in the three trees. {@code fields} are the kind's own front-matter fields, in order. */
    record Item(Section section, String slug, String title, LocalDate date, List<String> tags, String summary,
                Map<String, Object> fields, String body) {

        /** The item's file, relative to the commune's folder (congxa) or content folder (Hugo, JBake). */
        String file() {
            return section.path() + "/" + slug + ".md";
        }
    }

    /** A commune of the district and its items. */
    record Commune(String slug, String name, int number, List<Item> items) {
        /** The file its drafts for comment link to: the full text of the draft. */
        static final String ATTACHMENT = "lay-y-kien/tep/du-thao.pdf";
        /** Its administrative boundary map, a small SVG drawing. */
        static final String MAP = "anh/ban-do.svg";

        /** Its portal, at the address Nghị định 224/2026 gives it: its name without tones under the province's domain. */
        String baseUrl() {
            return "https://" + Slugs.slugify(name).replace("-", "") + ".quangngai.gov.vn";
        }
    }

    /** How busy each section is on a real portal: its share of the items beyond every section's minimum. */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("tin-tuc", 30), Map.entry("van-ban", 20),
            Map.entry("thu-tuc-hanh-chinh", 10), Map.entry("pho-bien-phap-luat", 8), Map.entry("chi-dao-dieu-hanh", 6),
            Map.entry("hoi-dap", 6), Map.entry("lich-cong-tac", 5), Map.entry("lay-y-kien", 3), Map.entry("quy-hoach-ke-hoach", 3),
            Map.entry("du-an-dau-tu", 3), Map.entry("ngan-sach", 3), Map.entry("thong-ke", 3));
    /** Newest items of a section are at most this old, so that no freshness rule (180 days at the least) fails. */
    private static final int NEWEST_WITHIN_DAYS = 30;
    /** Older items go back about three years: sections have year archives, as real ones do. */
    private static final int OLDEST_DAYS = 1000;
    private static final String EDIT_MARK = "Cập nhật: ";
    /** The page of every item, {@code xa-001/tin-tuc/slug.html}: the three systems publish each item at that path. */
    public static final String ITEM_PAGES = "item-pages.txt";

    private final Path project;
    private final List<Section> sections;
    private final VietnameseText text;

    private SyntheticDistrict(Path project, long seed) {
        this.project = project;
        this.sections = ProfileLoader.load(project).inForce(AS_OF).orElseThrow(() -> new IllegalStateException("no profile in " + project))
                .all().toList();
        this.text = new VietnameseText(new Random(seed));
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        if (options.containsKey("edit")) {
            String which = options.getOrDefault("system", "all");
            List<Tree> trees = which.equals("all") ? List.of(Tree.values()) : List.of(Tree.valueOf(which.toUpperCase(Locale.ROOT)));
            System.out.println(edit(Path.of(options.get("edit")), trees));
            return;
        }
        int communes = Integer.parseInt(options.getOrDefault("communes", "25"));
        int items = Integer.parseInt(options.getOrDefault("items", "400"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
        Path out = Path.of(options.getOrDefault("out", "target/bench-district"));
        write(Path.of(options.getOrDefault("project", ".")), communes, items, seed, out);
        System.out.printf("%d communes × %d items (seed %d) → %s/{congxa,hugo,jbake}%n", communes, items, seed, out);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** Writes the three trees of {@code communes × items} under {@code out}, which must not hold them already. */
    public static void write(Path project, int communes, int items, long seed, Path out) throws IOException {
        SyntheticDistrict generator = new SyntheticDistrict(project, seed);
        List<Commune> district = new ArrayList<>();
        for (int number = 1; number <= communes; number++) {
            district.add(generator.commune(number, items));
        }
        generator.writeCongxa(district, out.resolve(Tree.CONGXA.folder()));
        writeFile(out.resolve(ITEM_PAGES), itemPages(district));
        HugoSites.write(project, generator.sections, district, out.resolve(Tree.HUGO.folder()));
        JBakeSites.write(project, generator.sections, district, out.resolve(Tree.JBAKE.folder()));
    }

    /**
     * Appends a paragraph to the first news item of the first commune in each tree given; each call adds another.
     *
     * @return the slug of the commune edited
     */
    public static String edit(Path out, List<Tree> trees) throws IOException {
        String commune = firstName(out.resolve("congxa/communes"));
        Path news = out.resolve("congxa/communes").resolve(commune).resolve("tin-tuc");
        String file = firstName(news);
        for (Tree tree : trees) {
            Path item = switch (tree) {
                case CONGXA -> news.resolve(file);
                case HUGO, JBAKE -> out.resolve(tree.folder()).resolve(commune).resolve("content/tin-tuc").resolve(file);
            };
            long edits = Files.readString(item).lines().filter(line -> line.startsWith(EDIT_MARK)).count();
            Files.writeString(item, "\n" + EDIT_MARK + "bài viết được bổ sung thông tin lần " + (edits + 1) + ".\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return commune;
    }

    private static String itemPages(List<Commune> district) {
        StringBuilder pages = new StringBuilder();
        for (Commune commune : district) {
            for (Item item : commune.items()) {
                pages.append(commune.slug()).append('/').append(item.section().path()).append('/').append(item.slug()).append(".html\n");
            }
        }
        return pages.toString();
    }

    private static String firstName(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    private Commune commune(int number, int itemCount) {
        String name = VietnameseText.COMMUNE_NAMES.get((number - 1) % VietnameseText.COMMUNE_NAMES.size())
                + (number > VietnameseText.COMMUNE_NAMES.size() ? " " + ((number - 1) / VietnameseText.COMMUNE_NAMES.size() + 1) : "");
        Commune shell = new Commune( // what the items say of their commune: its name, number and address
                String.format("xa-%03d", number), name, number, List.of());
        List<Item> items = new ArrayList<>();
        int[] counts = allocate(itemCount);
        for (int s = 0; s < sections.size(); s++) {
            for (int i = 0; i < counts[s]; i++) {
                items.add(item(shell, sections.get(s), i));
            }
        }
        return new Commune(shell.slug(), name, number, List.copyOf(items));
    }

    /** Each section gets its minimum (one at the least, so every kind occurs), the rest is shared by weight. */
    private int[] allocate(int itemCount) {
        int[] counts = new int[sections.size()];
        int[] weights = new int[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            counts[s] = Math.max(1, sections.get(s).minItems());
            weights[s] = WEIGHTS.getOrDefault(sections.get(s).path(), 0);
        }
        int spare = itemCount - Arrays.stream(counts).sum();
        if (spare < 0) {
            throw new IllegalArgumentException("at least " + (itemCount - spare) + " items per commune are needed to fill every section");
        }
        int totalWeight = Arrays.stream(weights).sum();
        int given = 0;
        for (int s = 0; s < sections.size(); s++) {
            int share = spare * weights[s] / totalWeight;
            counts[s] += share;
            given += share;
        }
        counts[busiest(weights)] += spare - given; // what rounding down left over
        return counts;
    }

    private static int busiest(int[] weights) {
        int busiest = 0;
        for (int s = 1; s < weights.length; s++) {
            busiest = weights[s] > weights[busiest] ? s : busiest;
        }
        return busiest;
    }

    /** The {@code index}-th item of a section: the first is recent, the others go back up to three years. */
    private Item item(Commune commune, Section section, int index) {
        LocalDate date = index == 0 ? AS_OF.minusDays(text.between(1, NEWEST_WITHIN_DAYS)) : AS_OF.minusDays(text.between(1, OLDEST_DAYS));
        String root = "../".repeat(section.path().split("/").length);
        Map<String, Object> fields = new LinkedHashMap<>();
        String title;
        String body = text.body(date.getYear(), root);
        switch (section.kind()) {
            case "tin-bai" -> {
                title = text.newsTitle(date.getYear());
                if (text.chance(0.4)) {
                    fields.put("tac_gia", text.person());
                }
            }
            case "van-ban" -> {
                LocalDate issued = date.minusDays(text.between(0, 2)); // published within the 5 working days allowed
                String form = text.pick(List.of("Quyết định", "Kế hoạch", "Công văn", "Thông báo", "Báo cáo", "Chỉ thị"));
                String subject = text.documentSubject(issued.getYear());
                title = form + " về việc " + subject;
                fields.put("hinh_thuc", form);
                fields.put("so_ky_hieu", (index + 1) * 3 + "/" + abbreviation(form) + "-UBND");
                fields.put("co_quan_ban_hanh", "Ủy ban nhân dân xã " + commune.name());
                fields.put("nguoi_ky", text.person());
                fields.put("ngay_ban_hanh", issued);
                fields.put("trich_yeu", "Về việc " + subject + ".");
                fields.put("hieu_luc", text.chance(0.8) ? "Còn hiệu lực" : "Hết hiệu lực");
            }
            case "thu-tuc" -> {
                title = text.procedure();
                fields.put("ma_thu_tuc", String.format("1.%06d", 1000 + index * 7));
                fields.put("linh_vuc", text.procedureField());
                fields.put("thoi_han", text.pick(List.of("Trong ngày làm việc", "03 ngày làm việc", "05 ngày làm việc")));
                fields.put("le_phi", text.pick(List.of("Không thu lệ phí", "8.000 đồng/hồ sơ", "2.000 đồng/trang")));
                fields.put("co_quan_thuc_hien", "Ủy ban nhân dân xã " + commune.name());
                fields.put("dich_vu_cong", "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=" + fields.get("ma_thu_tuc"));
            }
            case "bao-cao" -> {
                title = text.reportTitle(date.getYear());
                fields.put("nam", (long) date.getYear());
                fields.put("co_quan_ban_hanh", "Ủy ban nhân dân xã " + commune.name());
            }
            case "du-thao" -> {
                title = "Lấy ý kiến về dự thảo kế hoạch " + text.topic();
                fields.put("co_quan_soan_thao", "Ủy ban nhân dân xã " + commune.name());
                fields.put("ngay_bat_dau", date);
                fields.put("ngay_ket_thuc", date.plusDays(30));
                fields.put("cach_gop_y", "Gửi ý kiến bằng văn bản đến Văn phòng Ủy ban nhân dân xã hoặc góp ý tại họp thôn.");
                fields.put("tep_dinh_kem", List.of(Commune.ATTACHMENT));
            }
            case "hoi-dap" -> {
                title = text.question();
                fields.put("cau_hoi", title + " Xin cán bộ xã hướng dẫn giúp.");
                fields.put("nguoi_hoi", text.person() + ", thôn " + text.pick(VietnameseText.VILLAGES));
                fields.put("ngay_hoi", date.minusDays(text.between(2, 10)));
                fields.put("nguoi_tra_loi", "Công chức Văn hóa – Xã hội");
            }
            case "lich-cong-tac" -> {
                // One schedule a week, the newest for the week of AS_OF (the home page shows it; the check wants it).
                LocalDate monday = AS_OF.with(DayOfWeek.MONDAY).minusWeeks(index);
                date = monday.minusDays(2);
                String week = vn.congxa.field.Value.Week.of(monday).plain();
                title = "Lịch công tác tuần " + week.substring(6) + " của lãnh đạo Ủy ban nhân dân xã";
                fields.put("tuan", week);
                fields.put("lich", schedule(monday));
            }
            case "can-bo" -> {
                title = text.person();
                fields.put("chuc_vu", index == 0 ? "Chủ tịch UBND xã" : text.pick(List.of("Phó Chủ tịch UBND xã", "Công chức Văn phòng – Thống kê")));
                fields.put("dien_thoai", String.format("0255 38%02d %03d", commune.number() % 100, 400 + index));
                fields.put("email", Slugs.slugify(title).replace("-", "") + "." + commune.slug().replace("-", "") + "@example.gov.vn");
                fields.put("thu_tu", (long) index + 1);
                fields.put("tieu_su", "Sinh năm " + text.between(1968, 1990) + ", quê thôn " + text.pick(VietnameseText.VILLAGES)
                        + "; cử nhân " + text.pick(List.of("Luật", "Kinh tế", "Hành chính công")) + "; công tác tại xã từ năm "
                        + text.between(2008, 2020) + ".");
                fields.put("nhiem_vu", "Phụ trách " + text.topic() + " và " + text.topic() + "; tiếp công dân theo lịch của xã.");
            }
            case "ban-do" -> {
                title = "Bản đồ địa giới hành chính xã " + commune.name();
                fields.put("ban_do", Commune.MAP);
                fields.put("ban_do_mo_ta", "Địa giới xã " + commune.name() + ": phía bắc giáp " + text.pick(VietnameseText.COMMUNE_NAMES)
                        + ", phía nam giáp " + text.pick(VietnameseText.COMMUNE_NAMES) + ".");
            }
            case "chat-luong-dich-vu" -> {
                title = "Chất lượng dịch vụ công trực tuyến năm " + date.getYear();
                for (String field : List.of("cam_ket_chat_luong", "chi_so_chat_luong", "xu_ly_phan_anh", "ket_qua_cai_thien", "muc_do_su_dung",
                        "muc_do_hai_long")) {
                    fields.put(field, text.sentence(date.getYear()) + " Số liệu tại https://dichvucong.gov.vn/.");
                }
            }
            case "tam-dung" -> {
                title = "Tạm dừng cổng thông tin để bảo trì " + text.topic();
                fields.put("bat_dau", date.plusDays(14)); // announced two weeks ahead: more than the 7 working days asked
                fields.put("tro_lai", date.plusDays(15));
                fields.put("pham_vi", "Mọi trang của cổng thông tin điện tử xã " + commune.name() + ".");
            }
            default -> {
                boolean english = section.lang().filter("en"::equals).isPresent();
                title = english ? "About the commune, part " + (index + 1) : section.title() + ": " + text.topic();
                if (english) {
                    body = text.englishBody();
                }
            }
        }
        String slug = Slugs.slugify(String.join(" ", List.of(title.split(" ")).subList(0, Math.min(7, title.split(" ").length))))
                + "-" + (index + 1);
        String summary = text.chance(0.7) ? text.sentence(date.getYear()) : "";
        List<String> tags = List.of(text.topic(), section.title());
        return new Item(section, slug, nfc(title), date, tags, nfc(summary), fields, nfc(body));
    }

    private List<Map<String, Object>> schedule(LocalDate monday) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int day = 0; day < 5; day += text.between(1, 2)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ngay", monday.plusDays(day));
            row.put("gio", text.pick(List.of("07:30", "08:00", "13:30", "14:00")));
            row.put("noi_dung", "Họp triển khai " + text.topic());
            row.put("chu_tri", text.pick(List.of("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã")));
            row.put("dia_diem", "Hội trường Ủy ban nhân dân xã");
            rows.add(row);
        }
        return rows;
    }

    private static String abbreviation(String form) {
        return switch (form) {
            case "Quyết định" -> "QĐ";
            case "Kế hoạch" -> "KH";
            case "Thông báo" -> "TB";
            case "Báo cáo" -> "BC";
            case "Chỉ thị" -> "CT";
            default -> "UBND";
        };
    }

    private void writeCongxa(List<Commune> district, Path root) throws IOException {
        for (String shared : List.of("content", "templates")) {
            TestRepo.copyTree(project.resolve(shared), root.resolve(shared));
        }
        for (Commune commune : district) {
            Path folder = root.resolve("communes").resolve(commune.slug());
            writeFile(folder.resolve("commune.yml"), communeConfig(commune));
            writeBytes(folder.resolve(Commune.ATTACHMENT), attachment(commune));
            writeBytes(folder.resolve(Commune.MAP), map(commune));
            for (Item item : commune.items()) {
                writeFile(folder.resolve(item.file()), FrontMatter.yaml(item) + item.body());
            }
        }
    }

    private static String communeConfig(Commune commune) {
        String name = "Ủy ban nhân dân xã " + commune.name();
        return nfc("ten: " + name + "\nten_don_vi: " + commune.name() + "\nloai: xã\ndon_vi_cap_tren: Ủy ban nhân dân tỉnh Quảng Ngãi"
                + "\nco_quan_chu_quan: " + name
                + "\nnguoi_chiu_trach_nhiem: Chủ tịch UBND xã " + commune.name() + "\ndia_chi: Trụ sở UBND xã " + commune.name()
                + ", tỉnh Quảng Ngãi\ndien_thoai: 0255 3852 " + String.format("%03d", commune.number())
                + "\nemail: ubnd." + commune.slug().replace("-", "") + "@example.gov.vn\ndia_chi_web: " + commune.baseUrl() + "\n");
    }

    /** A small, valid PDF with a text layer: the full text of the commune's drafts for comment. */
    static byte[] attachment(Commune commune) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, org.apache.pdfbox.pdmodel.PDDocument.class
                    .getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 720);
                content.showText(nfc("Dự thảo kế hoạch của Ủy ban nhân dân xã " + commune.name()));
                content.endText();
            }
            // Fixed dates, so that the same district is generated byte for byte.
            java.util.Calendar day = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            day.setTimeInMillis(0);
            document.getDocumentInformation().setCreationDate(day);
            document.getDocumentInformation().setModificationDate(day);
            document.getDocument().setIsXRefStream(false);
            var id = new org.apache.pdfbox.cos.COSString(commune.slug().getBytes(StandardCharsets.US_ASCII));
            var ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small SVG drawing: the commune's boundary map. */
    static byte[] map(Commune commune) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" role=\"img\"><title>Bản đồ xã " + commune.name()
                + "</title><polygon points=\"10,20 80,10 90,70 30,90\" fill=\"#dde8d5\" stroke=\"#333\"/></svg>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static void writeFile(Path file, String text) {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
