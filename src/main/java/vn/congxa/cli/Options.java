package vn.congxa.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.congxa.finding.FindingFormat;
import vn.congxa.finding.Lang;

/** Options shared by the commands that read the repository. */
final class Options {

    @Option(names = {"-C", "--directory"}, paramLabel = "THƯ_MỤC", defaultValue = ".",
            description = "Thư mục gốc của kho nội dung (mặc định: thư mục hiện tại).")
    Path root;

    @Option(names = "--commune", paramLabel = "SLUG",
            description = "Chỉ xử lý xã này (lặp lại để chọn nhiều xã).")
    List<String> communes = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = LangConverter.class,
            description = "Ngôn ngữ của thông báo: vi (mặc định) hoặc en.")
    Lang lang;

    @Option(names = "--format", paramLabel = "text|github|json", defaultValue = "text",
            description = "Dạng in lỗi: text (mặc định), github (chú thích GitHub Actions), json.")
    FindingFormat format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Ngày dùng làm \"hôm nay\" khi xét hạn cập nhật (mặc định: hôm nay).")
    LocalDate asOf;

    LocalDate today() {
        return asOf != null ? asOf : LocalDate.now();
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value) {
                case "vi" -> Lang.VI;
                case "en" -> Lang.EN;
                default -> throw new picocli.CommandLine.TypeConversionException("vi | en");
            };
        }
    }
}
