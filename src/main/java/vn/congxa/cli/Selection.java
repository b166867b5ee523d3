package vn.congxa.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import picocli.CommandLine;
import vn.congxa.content.ChangedFiles;
import vn.congxa.content.Repository;

/**
 * The communes a command works on: all of them, or those named by {@code --commune}, those of one shard
 * ({@code --shard i/n}), those touched since a git ref ({@code --changed-since}); the options narrow each other.
 *
 * @param all    no option narrowed the choice: the hub and the yearly report are written too
 * @param slugs  the chosen communes, sorted; may be empty when nothing was touched
 */
record Selection(boolean all, List<String> slugs) {

    private static final Pattern SHARD = Pattern.compile("(\\d+)/(\\d+)");
    /** Folders whose change touches every commune's site. */
    private static final List<String> SHARED = List.of("content/", "templates/");

    static Selection of(Options options, List<String> known, CommandLine commandLine) {
        for (String slug : options.communes) {
            if (!known.contains(slug)) {
                throw error(options, commandLine, "cli.unknown-commune", slug, known.isEmpty() ? "—" : String.join(", ", known));
            }
        }
        List<String> chosen = options.communes.isEmpty() ? known : known.stream().filter(options.communes::contains).toList();
        if (options.shard != null) {
            Matcher shard = SHARD.matcher(options.shard);
            int index = shard.matches() ? Integer.parseInt(shard.group(1)) : 0;
            int count = shard.matches() ? Integer.parseInt(shard.group(2)) : 0;
            if (count < 1 || index < 1 || index > count) {
                throw error(options, commandLine, "cli.bad-shard", options.shard);
            }
            // Round robin over the sorted communes: shards differ by one commune at most, and together hold each once.
            List<String> all = chosen;
            chosen = IntStream.range(0, all.size()).filter(i -> i % count == index - 1).mapToObj(all::get).toList();
        }
        if (options.changedSince != null) {
            Set<String> changed;
            try {
                changed = ChangedFiles.since(options.repository.root, options.changedSince);
            } catch (ChangedFiles.UnknownRef | IOException e) {
                throw error(options, commandLine, "cli.bad-ref", options.changedSince);
            }
            if (changed.stream().noneMatch(path -> SHARED.stream().anyMatch(path::startsWith))) {
                chosen = chosen.stream().filter(slug -> changed.stream()
                        .anyMatch(path -> path.startsWith(Repository.COMMUNES + "/" + slug + "/"))).toList();
            }
        }
        boolean all = options.communes.isEmpty() && options.shard == null && options.changedSince == null;
        return new Selection(all, chosen);
    }

    private static CommandLine.ParameterException error(Options options, CommandLine commandLine, String key, Object... args) {
        return new UsageError(commandLine, options.repository.lang, key, args);
    }
}
