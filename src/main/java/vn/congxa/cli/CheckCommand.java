package vn.congxa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.congxa.check.CheckResult;

/** {@code check}: every check, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer>, RepositoryOptions.User {

    @Mixin
    Options options = new Options();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public RepositoryOptions repository() {
        return options.repository;
    }

    @Override
    public Integer call() {
        Console console = new Console(options, spec.commandLine());
        CheckResult result = Pipeline.check(options, spec.commandLine());
        console.findings(result.findings());
        console.summary(result.findings());
        return result.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }
}
