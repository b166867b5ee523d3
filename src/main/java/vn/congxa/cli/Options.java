package vn.congxa.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.finding.FindingFormat;
import vn.congxa.finding.Message;

/** Options of the commands that check content ({@code check}, {@code build}). */
final class Options {

    @Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--commune", paramLabel = "SLUG",
            description = "Chỉ xử lý xã này (lặp lại để chọn nhiều xã).")
    List<String> communes = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Chỉ xử lý phần thứ i trong n phần bằng nhau của các xã (xếp theo tên thư mục, chia lần lượt), cho các máy CI chạy song song.")
    String shard;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Chỉ xử lý các xã có tệp đổi so với REF của git (ví dụ origin/main); đổi content/ hay templates/ là đổi mọi xã.")
    String changedSince;

    @Option(names = "--format", paramLabel = "text|github|json", defaultValue = "text",
            description = "Dạng in lỗi: text (mặc định), github (chú thích GitHub Actions), json.")
    FindingFormat format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Số xã xử lý cùng lúc (mặc định: số nhân của máy). Kết quả giống hệt khi xử lý lần lượt từng xã.")
    Integer jobs;

    @Mixin
    LawOptions law = new LawOptions();

    /** How many communes are processed at once: {@code --jobs}, else one per core. */
    int jobs(CommandLine commandLine) {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(commandLine, Message.of("cli.bad-jobs", jobs).render(repository.lang));
        }
        return jobs;
    }

    /** "Today": see {@link LawOptions#today()}. */
    LocalDate today() {
        return law.today();
    }

    static Optional<Instant> sourceDateEpoch() {
        return LawOptions.sourceDateEpoch();
    }
}
