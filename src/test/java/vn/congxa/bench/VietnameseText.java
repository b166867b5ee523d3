package vn.congxa.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Plausible words for a synthetic commune portal: place and people's names, titles by kind, and Markdown bodies of
 * varied length (paragraphs, headings, lists, sometimes a table or a link), all drawn from one seeded {@link Random}.
 * The names are invented; only their shape is realistic.
 */
final class VietnameseText {

    static final List<String> COMMUNE_NAMES = List.of("An Bình", "Bình Minh", "Phước Hòa", "Tân Thạnh", "Hòa Lợi", "Đông Sơn",
            "Tây An", "Nghĩa Hưng", "Thạnh Phú", "Long Điền", "Mỹ Trung", "Quang Trung", "Hưng Đạo", "Vĩnh Lộc", "Cẩm Thành",
            "Sơn Hà", "Đức Phổ", "Trà Bồng", "Lộc Điền", "Xuân Phong", "Thiện Tín", "Phú Mỹ", "Hải Ninh", "Kim Liên", "Tịnh Khê");
    static final List<String> VILLAGES = List.of("Thạnh An", "Phước Lợi", "Đông Thuận", "Vĩnh Tân", "Tây Phú", "Hòa Bình",
            "An Lạc", "Trung Sơn", "Bàu Sen", "Gò Dưa");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Phan");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Ngọc", "Quang", "Thị Kim", "Đức", "Thanh");
    private static final List<String> GIVEN = List.of("Tám", "Oanh", "Hùng", "Lan", "Dũng", "Hạnh", "Phúc", "Thảo", "Lực", "Ánh",
            "Sơn", "Hương", "Tùng", "Yến");

    private static final List<String> NEWS = List.of("Hội nghị tổng kết công tác {topic} năm {year}",
            "Ra quân {topic} tại thôn {village}", "Kết quả {topic} 9 tháng đầu năm {year}",
            "Thôn {village} hoàn thành {topic} vượt kế hoạch", "Tập huấn {topic} cho cán bộ thôn, tổ dân phố",
            "Kiểm tra tiến độ {topic} trên địa bàn xã", "Phát động phong trào {topic} năm {year}");
    private static final List<String> TOPICS = List.of("xây dựng nông thôn mới", "phòng, chống thiên tai", "chuyển đổi số",
            "cải cách hành chính", "bảo vệ môi trường", "tiêm phòng gia súc, gia cầm", "sản xuất vụ Đông Xuân",
            "giảm nghèo bền vững", "an toàn giao thông", "phòng cháy, chữa cháy", "khuyến học, khuyến tài", "hòa giải ở cơ sở");
    private static final List<String> DOCUMENT_SUBJECTS = List.of("kiện toàn Ban Chỉ đạo {topic}",
            "triển khai {topic} năm {year}", "tăng cường công tác {topic}", "phân công nhiệm vụ {topic}",
            "lịch tiếp công dân quý {quarter} năm {year}", "tổ chức thực hiện {topic} trên địa bàn xã");
    private static final List<String> PROCEDURES = List.of("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử",
            "Chứng thực bản sao từ bản chính", "Chứng thực chữ ký", "Cấp giấy xác nhận tình trạng hôn nhân",
            "Đăng ký nhận cha, mẹ, con", "Xác nhận hộ nghèo, hộ cận nghèo", "Đăng ký thường trú", "Hòa giải tranh chấp đất đai");
    private static final List<String> FIELDS_OF_PROCEDURE = List.of("Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Đất đai", "Cư trú");
    private static final List<String> REPORTS = List.of("Công khai dự toán ngân sách xã năm {year}",
            "Báo cáo tình hình thực hiện {topic} năm {year}", "Kế hoạch {topic} năm {year}",
            "Danh mục công trình đầu tư công năm {year}", "Số liệu thống kê dân số, lao động năm {year}");
    private static final List<String> QUESTIONS = List.of("Hộ cận nghèo có được hỗ trợ mua bảo hiểm y tế không?",
            "Làm giấy khai sinh cho con quá hạn có bị phạt không?", "Có được chuyển đất trồng lúa sang trồng cây ăn quả không?",
            "Thủ tục xin hỗ trợ sửa nhà cho hộ nghèo như thế nào?", "Người cao tuổi được hưởng trợ cấp từ bao nhiêu tuổi?",
            "Nộp hồ sơ trực tuyến trên VNeID cần chuẩn bị gì?");

    private static final List<String> SENTENCES = List.of(
            "Ủy ban nhân dân xã đã chỉ đạo các thôn, các ban ngành đoàn thể phối hợp triển khai {topic} đúng tiến độ.",
            "Đến nay, toàn xã có {number} hộ tham gia, đạt {percent}% kế hoạch năm.",
            "Thôn {village} là đơn vị dẫn đầu với nhiều cách làm sáng tạo, được bà con đồng tình hưởng ứng.",
            "Bà con có thắc mắc xin liên hệ Bộ phận Một cửa của Ủy ban nhân dân xã trong giờ hành chính.",
            "Kinh phí thực hiện {number} triệu đồng, trong đó Nhân dân đóng góp {percent}% bằng tiền và ngày công.",
            "Hội nghị thống nhất giao Văn phòng Ủy ban nhân dân xã tổng hợp ý kiến, báo cáo trước ngày {day}.",
            "Chủ tịch Ủy ban nhân dân xã {person} đề nghị các đơn vị khẩn trương khắc phục những hạn chế đã nêu.",
            "Các hộ gia đình được hướng dẫn cụ thể về quy trình, hồ sơ và thời hạn giải quyết.",
            "Trong mùa mưa bão, lực lượng xung kích các thôn thường trực 24/24 giờ, sẵn sàng sơ tán người dân vùng trũng thấp.",
            "Kết quả được niêm yết công khai tại nhà văn hóa thôn {village} và trên cổng thông tin điện tử của xã.",
            "Đoàn kiểm tra ghi nhận nhiều chuyển biến tích cực, đồng thời chỉ ra một số tồn tại cần khắc phục.",
            "Năm {year}, xã phấn đấu giảm tỷ lệ hộ nghèo xuống dưới {percent}%, hoàn thành các tiêu chí nông thôn mới nâng cao.",
            "{person}, thôn {village}, chia sẻ: \"Nhờ được hướng dẫn tận tình, gia đình tôi làm thủ tục chỉ mất nửa buổi\".",
            "Tổ công nghệ số cộng đồng ở mỗi thôn hỗ trợ người dân nộp hồ sơ trực tuyến tại nhà.",
            "Diện tích gieo sạ đạt {number} ha, năng suất bình quân ước đạt {percent} tạ/ha.",
            "Việc thu, chi được thực hiện đúng quy định, có sự giám sát của Ban Thanh tra nhân dân xã.");
    private static final List<String> ENGLISH = List.of(
            "The commune lies in the east of the district and is home to some {number} people in ten villages.",
            "Most households grow rice, vegetables and acacia, and raise cattle.",
            "The People's Committee manages land, farming seasons, irrigation and civil status procedures.",
            "Questions in English are welcome by e-mail; replies may take a little longer.",
            "Office hours are Monday to Friday, 7:00 to 11:30 and 13:30 to 17:00.");
    private static final List<String> HEADINGS = List.of("Kết quả đạt được", "Nhiệm vụ thời gian tới", "Hồ sơ cần chuẩn bị",
            "Trình tự thực hiện", "Tổ chức thực hiện", "Nên biết");
    private static final List<String> BULLETS = List.of("Trưởng thôn phổ biến đến từng hộ gia đình",
            "Công chức Tư pháp – Hộ tịch hướng dẫn hồ sơ, chỉ một lần", "Nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến",
            "Mang theo căn cước để xuất trình", "Ban Thanh tra nhân dân giám sát việc thực hiện",
            "Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng", "Niêm yết công khai tại nhà văn hóa thôn");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Random random;

    VietnameseText(Random random) {
        this.random = random;
    }

    String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    String person() {
        return pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
    }

    String topic() {
        return pick(TOPICS);
    }

    String newsTitle(int year) {
        return fill(pick(NEWS), year);
    }

    String documentSubject(int year) {
        return fill(pick(DOCUMENT_SUBJECTS), year);
    }

    String procedure() {
        return pick(PROCEDURES);
    }

    String procedureField() {
        return pick(FIELDS_OF_PROCEDURE);
    }

    String reportTitle(int year) {
        return fill(pick(REPORTS), year);
    }

    String question() {
        return pick(QUESTIONS);
    }

    String sentence(int year) {
        return fill(pick(SENTENCES), year);
    }

    /** A body of 1 to 9 paragraphs; {@code root} is the relative way up to the site's root, for internal links. */
    String body(int year, String root) {
        StringBuilder body = new StringBuilder();
        int paragraphs = between(1, 3) * between(1, 3); // mostly short, sometimes long
        for (int i = 0; i < paragraphs; i++) {
            if (i > 0 && chance(0.25)) {
                body.append("## ").append(pick(HEADINGS)).append("\n\n");
            }
            body.append(paragraph(year)).append("\n\n");
            if (chance(0.15)) {
                list(body);
            }
        }
        if (chance(0.25)) {
            table(body, year);
        }
        if (chance(0.3)) {
            body.append("Xem thêm các thủ tục tại [chuyên mục Thủ tục hành chính](").append(root)
                    .append("thu-tuc-hanh-chinh/index.html) hoặc nộp trực tuyến trên [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn).\n");
        }
        return body.toString();
    }

    String englishBody() {
        StringBuilder body = new StringBuilder();
        for (int i = between(2, 4); i > 0; i--) {
            body.append(fill(pick(ENGLISH), 2026)).append(' ').append(fill(pick(ENGLISH), 2026)).append("\n\n");
        }
        return body.toString();
    }

    private String paragraph(int year) {
        StringBuilder paragraph = new StringBuilder(sentence(year));
        for (int i = between(1, 4); i > 0; i--) {
            paragraph.append(' ').append(sentence(year));
        }
        return paragraph.toString();
    }

    private void list(StringBuilder body) {
        boolean numbered = chance(0.5);
        for (int i = 1, n = between(3, 5); i <= n; i++) {
            body.append(numbered ? i + ". " : "- ").append(pick(BULLETS)).append(".\n");
        }
        body.append('\n');
    }

    private void table(StringBuilder body, int year) {
        body.append("| Thôn | Số hộ | Kết quả năm ").append(year).append(" |\n|---|---|---|\n");
        for (String village : VILLAGES.subList(0, between(3, 6))) {
            body.append("| ").append(village).append(" | ").append(between(80, 420)).append(" | ").append(between(60, 100)).append("% |\n");
        }
        body.append('\n');
    }

    private String fill(String pattern, int year) {
        return pattern.replace("{topic}", topic()).replace("{year}", String.valueOf(year)).replace("{village}", pick(VILLAGES))
                .replace("{number}", String.valueOf(between(12, 980))).replace("{percent}", String.valueOf(between(5, 98)))
                .replace("{person}", person()).replace("{quarter}", pick(List.of("I", "II", "III", "IV")))
                .replace("{day}", LocalDate.of(year, between(1, 12), between(1, 28)).format(DAY));
    }
}
