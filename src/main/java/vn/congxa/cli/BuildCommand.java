package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.bake.BakeResult;
import vn.congxa.bake.Baker;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Commune;
import vn.congxa.report.Evaluation;
import vn.congxa.report.RubricLoader;
import vn.congxa.finding.Finding;
import vn.congxa.site.Inputs;
import vn.congxa.site.OutputFolder;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;

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

    private record Built(Commune commune, BakeResult result) {
    }

    @Override
    public Integer call() throws IOException {
        Console console = new Console(options, spec.commandLine());
        Path root = options.repository.root;
        Path output = out != null ? out : root.resolve("target/site");
        OutputFolder.recover(output);
        Selection selection = Pipeline.select(options, spec.commandLine());
        CheckResult checked = Pipeline.check(options, selection, spec.commandLine());
        List<Finding> findings = new ArrayList<>(checked.findings());
        if (checked.hasErrors()) {
            return refuse(console, findings);
        }
        boolean wholeDistrict = selection.all();
        Baker baker = new Baker(root);
        int pages = 0;
        List<Built> built = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.prepare(output)) {
            List<Commune> reused = new ArrayList<>();
            Inputs inputs = new Inputs(root);
            for (Commune commune : checked.communes()) {
                // A commune whose inputs are those of the previous build is copied from it, not baked again.
                String digest = inputs.of(root, commune.repoPath(), options.today());
                if (folder.reuse(commune.slug(), digest)) {
                    reused.add(commune);
                    continue;
                }
                Site site = SitePlanner.plan(commune, options.today());
                BakeResult result = baker.bake(site, folder.staging().resolve(commune.slug()));
                folder.stamp(commune.slug(), digest);
                findings.addAll(result.findings());
                pages += result.pages();
                built.add(new Built(commune, result));
            }
            Optional<Evaluation> evaluation = Optional.empty();
            if (wholeDistrict) {
                // The hub and the district's report cover every commune, so only a build of every commune writes them.
                if (RubricLoader.exists(root)) {
                    evaluation = Reporting.evaluate(options, checked, options.today().getYear(), findings);
                }
                findings.addAll(baker.bakeDistrict(checked.communes(), evaluation, folder.staging()).findings());
            }
            if (findings.stream().anyMatch(Finding::isError)) {
                return refuse(console, findings); // the staging folder is removed; the output is untouched
            }
            console.findings(findings);
            Optional<Instant> epoch = Options.sourceDateEpoch();
            if (epoch.isPresent()) {
                folder.stampModificationTimes(epoch.get());
            }
            if (wholeDistrict) {
                folder.publishAll();
            } else {
                folder.publishEntries();
            }
            for (Built site : built) {
                BakeResult.Index index = site.result().index();
                console.status("cli.commune-built", site.commune().slug(), site.commune().name(), site.result().pages(),
                        output.resolve(site.commune().slug()).normalize(), index.documents(), (index.bytes() + 1023) / 1024);
            }
            for (Commune commune : reused) {
                console.status("cli.commune-reused", commune.slug(), commune.name(), output.resolve(commune.slug()).normalize());
            }
            evaluation.ifPresent(e -> console.reported(e, output.resolve(Baker.REPORT_FOLDER).resolve("index.html").normalize()));
        }
        console.summary(findings);
        // The portals baked now; those kept from the previous build have a line of their own above.
        console.status(wholeDistrict ? "cli.built" : "cli.built-some", built.size(), pages,
                output.resolve("index.html").normalize());
        return Main.OK;
    }

    private static int refuse(Console console, List<Finding> findings) {
        console.findings(findings);
        console.summary(findings);
        console.status("cli.nothing-written");
        return Main.CONTENT_ERRORS;
    }
}
