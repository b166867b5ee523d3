package vn.congxa.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.FindingFormat;

/** Options of the commands that check content ({@code check}, {@code build}). */
final class Options {

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--commune", paramLabel = "SLUG",
            description = "Chỉ xử lý xã này (lặp lại để chọn nhiều xã).")
    List<String> communes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|github|json", defaultValue = "text",
            description = "Dạng in lỗi: text (mặc định), github (chú thích GitHub Actions), json.")
    FindingFormat format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Ngày dùng làm \"hôm nay\" khi xét hạn cập nhật (mặc định: hôm nay).")
    LocalDate asOf;

    LocalDate today() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
