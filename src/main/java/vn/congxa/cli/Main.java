package vn.congxa.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;

/** {@code java -jar congxa.jar build | check | sections}: the command line, which only wires the stages together. */
@Command(name = "congxa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ReportCommand.class, SectionsCommand.class, SchemasCommand.class},
        description = "Dựng cổng thông tin điện tử của các xã, phường, đặc khu từ Markdown, kiểm tra các chuyên mục bắt buộc theo hồ sơ có hiệu lực (Nghị định 224/2026/NĐ-CP từ 01/7/2026).")
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** Exit codes: the site was built (or the check passed); content has errors; the command was misused. */
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    /** Something outside the content went wrong (a disk full, a permission): reported in one line, never a stack trace. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** The command line's parser, with every command and option and how values are read. */
    static CommandLine parser() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** Runs a command as the jar would, printing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = parser();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExitCodeExceptionMapper(e -> FAILURE);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(Message.of("cli.failure", String.valueOf(e.getMessage())).render(Lang.VI));
            if (System.getenv("CONGXA_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return FAILURE;
        });
        commandLine.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(Message.of("cli.usage", e.getMessage()).render(Lang.VI));
            cmd.usage(cmd.getErr());
            return USAGE;
        });
        return commandLine.execute(args);
    }

    /** Without a command: the usage, as for any other misuse. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties properties = new Properties();
            try (var in = Main.class.getResourceAsStream("/congxa-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"congxa " + properties.getProperty("version", "?") + " (JBake 2.7.0)"};
        }
    }
}
