package vn.congxa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congxa.bake.Baker;
import vn.congxa.content.RepositoryReader;
import vn.congxa.finding.Finding;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.report.Evaluation;
import vn.congxa.search.SearchIndex;
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
        options.requireEpoch(spec.commandLine());
        OutputFolder.recover(output);
        Selection selection = Pipeline.select(options, spec.commandLine());
        Path root = options.repository.root;
        ProfileLoader.Loaded loaded = ProfileLoader.load(root);
        List<Finding> problems = new ArrayList<>();
        Optional<Reporting.Plan> plan = Reporting.plan(options, loaded, year != null ? year : options.today().getYear(), problems);
        if (plan.isEmpty()) {
            // The report's own problems (a year no profile covers, a broken rubric) say why; without them, the profiles'.
            List<Finding> errors = problems.stream().filter(Finding::isError).toList();
            console.findings(errors.isEmpty() ? loaded.findings().stream().filter(Finding::isError).toList() : errors);
            console.status("cli.nothing-written");
            return Main.CONTENT_ERRORS;
        }
        RepositoryReader reader = RepositoryReader.at(root);
        Reporting.Passes passes = Reporting.passes(plan.get(), Optional.empty(), reader.shared().value(), loaded, root);
        // Read for the checks alone: the report publishes no unit's pages, only what the hub's search finds of each, as the
        // first pass sees it (the year's last period, on the report's day).
        ProvinceRun.Listing listing = ProvinceRun.Listing.planned(passes.overseers().get(passes.overseers().size() - 1), plan.get().asOf());
        List<ProvinceRun.Unit> units = new ProvinceRun(reader, passes.passes(), Map.of(), slug -> false, ProvinceRun.Baking.NONE, listing)
                .run(selection.slugs(), options.jobs(spec.commandLine()), (count, unit) -> { });
        Evaluation evaluation = Reporting.evaluate(plan.get(), passes, units, root, problems);
        console.findings(problems);
        // The hub lists the units the evaluation covers: checked as of the year's last day, under the law then in force.
        List<Evaluation.Period> periods = plan.get().periods();
        try (OutputFolder folder = OutputFolder.prepare(output)) {
            List<Finding> written = new ArrayList<>(new Baker(root).bakeHub(units.stream().map(ProvinceRun.Unit::facts).toList(),
                    Optional.of(SearchIndex.across(units.stream().map(ProvinceRun.Unit::listed).toList())),
                    periods.get(periods.size() - 1).profile(), evaluation.overseer(), Optional.of(evaluation), folder.staging()).findings());
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
        console.reported(evaluation, output.resolve(Baker.REPORT_FOLDER).resolve("index.html").normalize());
        return Main.OK;
    }
}
