package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.bake.Baker;
import vn.congxa.check.CheckResult;
import vn.congxa.finding.Finding;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.report.Evaluation;
import vn.congxa.site.OutputFolder;

/**
 * {@code report}: the yearly evaluation of every commune portal, written into the hub's {@code bao-cao/}, with the
 * hub itself: the overseeing unit's own site, which a sharded CI build writes last. Unlike {@code build}, content errors do
 * not stop it: they are what it reports.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer>, RepositoryOptions.User {

    @Mixin
    Options options = new Options();

    @Option(names = "--year", paramLabel = "YYYY")
    Integer year;

    @Option(names = "--out", paramLabel = "${bundle:label.folder}")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public RepositoryOptions repository() {
        return options.repository;
    }

    @Override
    public Integer call() throws IOException {
        Path output = options.repository.output(out, BuildCommand.FOLDER, spec.commandLine());
        Console console = new Console(options, spec.commandLine());
        OutputFolder.recover(output);
        Selection selection = Pipeline.select(options, spec.commandLine());
        ProfileLoader.Loaded loaded = ProfileLoader.load(options.repository.root);
        CheckResult checked = Pipeline.check(options, selection, vn.congxa.check.Checker.Drafts.LEFT_OUT, loaded, java.util.Set.of(),
                spec.commandLine());
        List<Finding> problems = new ArrayList<>();
        Optional<Reporting.Reported> reported = Reporting.evaluate(options, selection, loaded, checked,
                year != null ? year : options.today().getYear(), problems, spec.commandLine());
        Optional<Evaluation> evaluation = reported.map(Reporting.Reported::evaluation);
        if (evaluation.isEmpty()) {
            // The report's own problems (a year no profile covers, a broken rubric) say why; without them, the check's.
            List<Finding> errors = problems.stream().filter(Finding::isError).toList();
            console.findings(errors.isEmpty() ? checked.findings().stream().filter(Finding::isError).toList() : errors);
            console.status("cli.nothing-written");
            return Main.CONTENT_ERRORS;
        }
        console.findings(problems);
        // The hub lists the units the evaluation covers: checked as of the year's last day, under the law then in force.
        List<vn.congxa.check.Commune> units = reported.get().last().communes().stream()
                .sorted(java.util.Comparator.comparing(vn.congxa.check.Commune::repoPath)).toList();
        try (OutputFolder folder = OutputFolder.prepare(output)) {
            List<Finding> written = new ArrayList<>(new Baker(options.repository.root)
                    .bakeHub(units, evaluation.get().overseer(), evaluation, folder.staging()).findings());
            if (written.isEmpty()) {
                written.addAll(SiteBuild.clashes(folder));
            }
            if (!written.isEmpty()) {
                console.findings(written);
                console.status("cli.nothing-written");
                return Main.CONTENT_ERRORS;
            }
            folder.publish(OutputFolder.Scope.STAGED, Set.of());
        }
        console.reported(evaluation.get(), output.resolve(Baker.REPORT_FOLDER).resolve("index.html").normalize());
        return Main.OK;
    }
}
