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
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer>, RepositoryOptions.User {

    /** Where a build writes when {@code --out} does not say, from the repository's root. */
    static final String FOLDER = "target/site";

    @Mixin
    Options options = new Options();

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
        Path output = options.repository.output(out, FOLDER, spec.commandLine());
        Console console = new Console(options, spec.commandLine());
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
