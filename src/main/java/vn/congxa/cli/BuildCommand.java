package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.bake.Baker;
import vn.congxa.check.Checker;

/** {@code build}: read, check, bake every commune, then swap the new sites into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Kiểm tra rồi dựng cổng thông tin của mọi xã vào target/site/<xã>/ cùng trang tổng hợp target/site/index.html. "
                + "Có lỗi thì không ghi gì và giữ nguyên bản đã dựng trước.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    Options options = new Options();

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục kết quả (mặc định: target/site trong thư mục gốc).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = new Console(options, spec.commandLine());
        Path output = out != null ? out : options.repository.root.resolve("target/site");
        Selection selection = Pipeline.select(options, spec.commandLine());
        SiteBuild.Outcome outcome = SiteBuild.run(options, selection, output, Checker.Drafts.LEFT_OUT,
                console.progress(output), spec.commandLine());
        console.findings(outcome.findings());
        console.summary(outcome.findings());
        if (!outcome.written()) {
            console.status("cli.nothing-written");
            return Main.CONTENT_ERRORS;
        }
        outcome.evaluation().ifPresent(e -> console.reported(e, output.resolve(Baker.REPORT_FOLDER).resolve("index.html").normalize()));
        console.built(outcome, selection.all(), output);
        return Main.OK;
    }
}
