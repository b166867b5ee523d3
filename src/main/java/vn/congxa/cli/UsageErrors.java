package vn.congxa.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;

/**
 * What was wrong with a command line, in the run's language. picocli's own messages are English and name Java types
 * ("cannot convert '2026-13-45' to class java.time.LocalDate"): each kind of mistake it finds is told here in the
 * catalogue's words instead, with what to write.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** The message that follows "usage error:". */
    static String explain(CommandLine.ParameterException e, Lang lang) {
        return e instanceof UsageError ? e.getMessage() : picocli(e).render(lang); // congxa's own are in the run's language
    }

    private static Message picocli(CommandLine.ParameterException e) {
        CommandLine commandLine = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, commandLine);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            if (!specs.isEmpty() && specs.get(0).isOption()) {
                return Message.of("cli.missing-value", name(specs.get(0)), specs.get(0).paramLabel());
            }
            // picocli names only the first missing parameter; those after it are missing too.
            int first = specs.stream().filter(s -> s instanceof PositionalParamSpec).mapToInt(s -> ((PositionalParamSpec) s).index().min())
                    .min().orElse(0);
            List<String> labels = commandLine.getCommandSpec().positionalParameters().stream()
                    .filter(p -> p.required() && p.index().min() >= first).map(ArgSpec::paramLabel).toList();
            return Message.of("cli.missing-parameters", labels.size(), String.join(", ", labels));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return Message.of("cli.repeated-option", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return badValue(e.getArgSpec(), e.getValue());
        }
        if (commandLine.getCommandSpec().subcommands().size() > 0 && commandLine.getParseResult() != null
                && !commandLine.getParseResult().hasSubcommand()) {
            return Message.of("cli.choose-command", commands(commandLine));
        }
        return Message.of("cli.bad-command-line", commandLine.getCommandSpec().qualifiedName());
    }

    private static Message unmatched(CommandLine.UnmatchedArgumentException e, CommandLine commandLine) {
        List<String> args = e.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> suggestions = e.getSuggestions();
        String hint = suggestions.isEmpty() ? "" : String.join(", ", suggestions);
        if (e.isUnknownOption()) {
            return Message.of(hint.isEmpty() ? "cli.unknown-option" : "cli.unknown-option-hint", first, hint);
        }
        if (commandLine.getCommandSpec().subcommands().size() > 0 && !commandLine.getCommandSpec().subcommands().containsKey(first)) {
            return Message.of("cli.unknown-command", first, commands(commandLine));
        }
        return Message.of("cli.extra-arguments", args.size(), args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(" ")));
    }

    /** A value that could not be read as its option's type: the message says what to write instead. */
    private static Message badValue(ArgSpec spec, String value) {
        Class<?> type = spec.type();
        if (type == LocalDate.class) {
            return Message.of("cli.bad-date", name(spec), value);
        }
        if (type == Integer.class || type == int.class) {
            return Message.of("cli.bad-integer", name(spec), value);
        }
        if (type == Path.class) {
            return Message.of("cli.bad-path", name(spec), value);
        }
        if (type == Lang.class) {
            return Message.of("cli.bad-choice", name(spec), value, "vi, en");
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return Message.of("cli.bad-choice", name(spec), value, choices);
        }
        return Message.of("cli.bad-value", name(spec), value);
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String commands(CommandLine commandLine) {
        return String.join(", ", commandLine.getCommandSpec().subcommands().keySet());
    }
}
