package vn.congxa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.congxa.content.Repository;
import vn.congxa.finding.Lang;
import vn.congxa.site.OutputFolder;

/** Options of every command: which repository, and the language a person reads. */
final class RepositoryOptions {

    @Option(names = {"-C", "--directory"}, paramLabel = "${bundle:label.folder}", defaultValue = ".")
    Path root;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = LangConverter.class)
    Lang lang;

    /** A command that works on a repository: {@link Main} makes sure it runs in one before it starts. */
    interface User {
        RepositoryOptions repository();
    }

    /** Refuses to run where there is no repository: a folder without {@code content/} is not one. */
    void require(CommandLine commandLine) {
        if (!Files.isDirectory(root.resolve(Repository.SHARED))) {
            throw new UsageError(commandLine, lang, "cli.not-a-repository", root.toAbsolutePath().normalize(), Repository.SHARED);
        }
    }

    /**
     * The folder a command writes into: {@code out} (a relative path is taken from the repository's root, as with
     * every path of a run), else {@code fallback} under the root. Refused, before any work, unless congxa may write
     * there (see {@link OutputFolder#refusal}).
     */
    Path output(Path out, String fallback, CommandLine commandLine) {
        Path output = root.resolve(out != null ? out : Path.of(fallback)).toAbsolutePath().normalize();
        OutputFolder.refusal(root, output).ifPresent(reason -> {
            throw new UsageError(commandLine, lang, reason);
        });
        return output;
    }

    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value) {
                case "vi" -> Lang.VI;
                case "en" -> Lang.EN;
                default -> throw new CommandLine.TypeConversionException("vi | en");
            };
        }
    }
}
