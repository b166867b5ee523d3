package vn.congxa.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;

/** {@code java -jar congxa.jar build | check | sections}: the command line, which only wires the stages together. */
@Command(name = "congxa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ReportCommand.class, SectionsCommand.class, SchemasCommand.class})
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

    /** The command line's parser, with every command and option and how values are read; help in Vietnamese. */
    static CommandLine parser() {
        return parser(Lang.VI);
    }

    /** The parser with its help in {@code lang}. */
    static CommandLine parser(Lang lang) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setResourceBundle(new HelpTexts(lang));
        return commandLine;
    }

    /**
     * The language of a run, known before the command line is parsed: picocli's complaints about the other arguments
     * come first, and must be in that language too. {@code --lang en} or {@code --lang=en}; Vietnamese otherwise.
     */
    static Lang requestedLang(String[] args) {
        Lang lang = Lang.VI;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (args[i].equals("--")) {
                break;
            }
            if (value != null) {
                lang = value.equals("en") ? Lang.EN : Lang.VI;
            }
        }
        return lang;
    }

    /** Runs a command as the jar would, printing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Lang lang = requestedLang(args);
        CommandLine commandLine = parser(lang);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExitCodeExceptionMapper(e -> FAILURE);
        commandLine.setExecutionStrategy(Main::execute);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(failure(e).render(lang));
            if (System.getenv("CONGXA_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return FAILURE;
        });
        commandLine.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(Message.of("cli.usage", UsageErrors.explain(e, lang)).render(lang));
            cmd.usage(cmd.getErr());
            return USAGE;
        });
        return commandLine.execute(args);
    }

    /** Before a command starts, the folder it runs in must be a repository; then the command runs. */
    private static int execute(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        boolean help = leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested();
        if (!help && leaf.commandSpec().userObject() instanceof RepositoryOptions.User command) {
            command.repository().require(leaf.commandSpec().commandLine());
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** A fault of the machine, in one line: which file and why when it is the disk's, else a pointer to the details. */
    private static Message failure(Exception e) {
        if (e instanceof FileSystemException io && io.getFile() != null) {
            return Message.of("cli.failure-file", io.getFile(), io.getReason() == null ? io.getClass().getSimpleName() : io.getReason());
        }
        if (e instanceof java.io.UncheckedIOException unchecked && unchecked.getCause() instanceof FileSystemException io && io.getFile() != null) {
            return failure(io);
        }
        return Message.of("cli.failure", String.valueOf(e.getMessage()));
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
