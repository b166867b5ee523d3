package vn.congxa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Commune;
import vn.congxa.profile.Kind;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.Section;
import vn.congxa.scaffold.NewItem;

/** {@code new}: starts an item of a kind in a commune's section, ready to be filled in. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer>, RepositoryOptions.User {

    @Mixin
    Options options = new Options();

    @Parameters(index = "0", paramLabel = "${bundle:label.kind}", descriptionKey = "kind")
    String kindId;

    @Parameters(index = "1", paramLabel = "${bundle:label.title}", descriptionKey = "title")
    String title;

    @Option(names = "--section", paramLabel = "${bundle:label.section}")
    String sectionPath;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public RepositoryOptions repository() {
        return options.repository;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if (!NewItem.isUsableTitle(title)) {
            throw new UsageError(commandLine, options.repository.lang, "cli.new-no-title");
        }
        if (!isText(title)) {
            throw new UsageError(commandLine, options.repository.lang, "cli.bad-title");
        }
        if (options.communes.size() != 1) {
            throw new UsageError(commandLine, options.repository.lang, "cli.new-one-commune");
        }
        Optional<ProfileLoader.Loaded> loaded = Pipeline.usableProfile(options.repository, commandLine);
        if (loaded.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        Kinds kinds = loaded.get().kinds().orElseThrow();
        Kind kind = kinds.kind(kindId).orElseThrow(() -> new UsageError(commandLine, options.repository.lang,
                "cli.unknown-kind", kindId, String.join(", ", kinds.kinds().keySet())));
        CheckResult checked = Pipeline.check(options, commandLine); // refuses an unknown commune, listing the known ones
        if (checked.communes().isEmpty() && checked.findings().stream().anyMatch(f -> f.path().equals(vn.congxa.profile.Profile.FOLDER))) {
            new Console(options, commandLine).findings(checked.findings()); // no profile in force on that day: say so
            return Main.CONTENT_ERRORS;
        }
        Commune commune = checked.communes().stream().findFirst().orElseThrow(() -> new UsageError(commandLine,
                options.repository.lang, "cli.new-unreadable", options.communes.get(0)));
        List<Section> ofKind = commune.menu().all().filter(s -> s.kind().equals(kind.id())).toList();
        // Without --section: the only section of the kind, or the one named like the kind (van-ban for van-ban).
        List<Section> candidates = ofKind.stream()
                .filter(s -> sectionPath != null ? s.path().equals(sectionPath) : ofKind.size() == 1 || s.path().equals(kind.id()))
                .toList();
        if (candidates.size() != 1) {
            throw new UsageError(commandLine, options.repository.lang, ofKind.isEmpty() ? "cli.new-no-section" : "cli.new-which-section",
                    kind.id(), ofKind.stream().map(Section::path).collect(java.util.stream.Collectors.joining(", ")));
        }
        Path folder = options.repository.root.resolve(commune.repoPath()).resolve(candidates.get(0).path());
        Files.createDirectories(folder);
        String name = NewItem.fileName(title, candidates.get(0).path(), file -> Files.exists(folder.resolve(file)));
        Path file = folder.resolve(name);
        // Never over a file that appeared since its name was chosen.
        Files.writeString(file, NewItem.text(kinds, kind, candidates.get(0), title, options.today()), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        String repoPath = commune.repoPath() + "/" + candidates.get(0).path() + "/" + name;
        commandLine.getOut().println(repoPath);
        commandLine.getOut().flush();
        new Console(options, commandLine).status("cli.new-created", repoPath);
        return Main.OK;
    }

    /** A title is text: no control character but spaces and line breaks (folded into one line), no half of a character UTF-8 cannot write. */
    private static boolean isText(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                return false; // line breaks and tabs are folded into one line; other control characters are not text
            }
            if (Character.isHighSurrogate(c) && i + 1 < title.length() && Character.isLowSurrogate(title.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
