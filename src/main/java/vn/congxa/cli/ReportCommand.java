package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.bake.Baker;
import vn.congxa.check.CheckResult;
import vn.congxa.finding.Finding;
import vn.congxa.report.Evaluation;
import vn.congxa.site.OutputFolder;

/**
 * {@code report}: the yearly evaluation of every commune portal, written into the hub's {@code bao-cao/}, with the
 * hub itself: the overseeing unit's own site, which a sharded CI build writes last. Unlike {@code build}, content errors do
 * not stop it: they are what it reports.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Lập báo cáo đánh giá hằng năm các cổng thông tin (điểm, xếp hạng, tình trạng từng chuyên mục, số bài theo tháng) "
                + "vào target/site/bao-cao/, kèm bảng tính CSV và dữ liệu JSON, cùng trang tổng hợp target/site/index.html. Lỗi nội dung của các xã được ghi vào báo cáo, không làm dừng lệnh.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    Options options = new Options();

    @Option(names = "--year", paramLabel = "YYYY", description = "Năm đánh giá (mặc định: năm của ngày --as-of, hay năm nay).")
    Integer year;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục kết quả (mặc định: target/site trong thư mục gốc).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = new Console(options, spec.commandLine());
        Path output = out != null ? out : options.repository.root.resolve("target/site");
        OutputFolder.recover(output);
        Selection selection = Pipeline.select(options, spec.commandLine());
        CheckResult checked = Pipeline.check(options, selection, vn.congxa.check.Checker.Drafts.LEFT_OUT, spec.commandLine());
        List<Finding> problems = new ArrayList<>();
        Optional<Evaluation> evaluation = Reporting.evaluate(options, selection, checked, year != null ? year : options.today().getYear(),
                problems, spec.commandLine());
        if (evaluation.isEmpty()) {
            // The report's own problems (a year no profile covers, a broken rubric) say why; without them, the check's.
            List<Finding> errors = problems.stream().filter(Finding::isError).toList();
            console.findings(errors.isEmpty() ? checked.findings().stream().filter(Finding::isError).toList() : errors);
            console.status("cli.nothing-written");
            return Main.CONTENT_ERRORS;
        }
        console.findings(problems);
        // The hub lists the units the evaluation covers: checked as of the year's last day, under the law then in force.
        List<vn.congxa.check.Commune> units = evaluation.get().communes().stream().map(Evaluation.CommuneResult::commune)
                .sorted(java.util.Comparator.comparing(vn.congxa.check.Commune::repoPath)).toList();
        try (OutputFolder folder = OutputFolder.prepare(output)) {
            List<Finding> written = new Baker(options.repository.root).bakeHub(units, evaluation.get().overseer(), evaluation, folder.staging())
                    .findings();
            if (!written.isEmpty()) {
                console.findings(written);
                console.status("cli.nothing-written");
                return Main.CONTENT_ERRORS;
            }
            folder.publish(OutputFolder.Scope.STAGED);
        }
        console.reported(evaluation.get(), output.resolve(Baker.REPORT_FOLDER).resolve("index.html").normalize());
        return Main.OK;
    }
}
