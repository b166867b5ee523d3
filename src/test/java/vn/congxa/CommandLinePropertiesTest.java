package vn.congxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import vn.congxa.TestRepo.Run;

/**
 * Whatever a person types on the command line, congxa answers in words: exit 0, 1 or 2, never 3, no stack trace, no
 * Java text; and it writes nowhere but its output folder (or, for {@code new}, the one new item). Generated command
 * lines mix valid and invalid option values, paths that lead to the sources, above the repository, to a file or to
 * {@code /}, and commune names and titles that are no file name at all.
 *
 * <p>Every try runs in one sandbox: the repository and a folder of someone else's beside it. After each try, what the
 * command was allowed to write is removed, so the next try starts from the same files.
 */
class CommandLinePropertiesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static Path sandbox;
    private static TestRepo repo;

    private static synchronized TestRepo repo() throws IOException {
        if (repo == null) {
            sandbox = Files.createTempDirectory("congxa-command-lines-");
            repo = TestRepo.base(sandbox.resolve("kho")).write("README.md", "Kho nội dung của huyện.\n");
            Files.createDirectories(sandbox.resolve("ngoai"));
            Files.writeString(sandbox.resolve("ngoai/cua-nguoi-khac.txt"), "không phải của congxa\n");
        }
        return repo;
    }

    @AfterContainer
    static void removeSandbox() {
        if (sandbox != null) {
            TestRepo.deleteTree(sandbox);
        }
    }

    @Property(tries = 60)
    void anyCommandLineEndsInWordsAndWritesOnlyWhereItMay(@ForAll("commandLines") List<String> args) throws IOException {
        TestRepo r = repo();
        Map<Path, String> before = snapshot();
        Run run = assertTimeoutPreemptively(LIMIT, () -> r.run(args.get(0), args.subList(1, args.size()).toArray(String[]::new)));

        assertTrue(run.exit() >= 0 && run.exit() <= 2, run::toString);
        Statistics.collect(args.get(0), "exit " + run.exit()); // the report shows that writes happen too, not only refusals
        String said = run.out() + run.err();
        for (String arg : args) {
            said = said.replace(arg, ""); // a value typed may contain anything; what congxa adds may not
        }
        for (String java : List.of("\tat ", "Exception", "java.", "Error:")) {
            assertFalse(said.contains(java), "\"" + java + "\" in\n" + run);
        }

        Map<Path, String> after = snapshot();
        Optional<Path> allowed = writable(args);
        List<Path> changed = Stream.concat(before.keySet().stream(), after.keySet().stream()).distinct()
                .filter(path -> !java.util.Objects.equals(before.get(path), after.get(path))).sorted().toList();
        // The output folder's own parents, when it had none yet, are made to hold it.
        List<Path> parents = changed.stream().filter(path -> !before.containsKey(path) && "folder".equals(after.get(path))
                && allowed.map(a -> a.startsWith(path) && !a.equals(path)).orElse(false)).toList();
        List<Path> outside = changed.stream().filter(path -> allowed.map(a -> !path.startsWith(a)).orElse(true))
                .filter(path -> !parents.contains(path)).toList();
        if (args.get(0).equals("new") && run.exit() == 0) {
            List<Path> items = outside.stream().filter(path -> !"folder".equals(after.get(path))).toList();
            assertEquals(1, items.size(), () -> "new writes one item\n" + outside + "\n" + run);
            Path item = items.get(0);
            assertTrue(item.startsWith(repo.path("communes/xa-mau")) && item.toString().endsWith(".md") && !before.containsKey(item),
                    () -> item + "\n" + run);
            assertTrue(outside.stream().allMatch(path -> path.equals(item) || item.startsWith(path)), () -> "only the item's folder\n" + outside);
        } else {
            assertEquals(List.of(), outside, () -> "written outside " + allowed + "\n" + run);
        }
        if (run.exit() == 2) {
            assertEquals(List.of(), changed, () -> "a usage error is found before any work\n" + run);
        }
        // What was there before is never changed; what is new is removed, for the next try.
        assertEquals(List.of(), changed.stream().filter(before::containsKey).filter(after::containsKey).toList(), run::toString);
        List<Path> created = changed.stream().filter(path -> !before.containsKey(path)).sorted(java.util.Comparator.reverseOrder()).toList();
        for (Path path : created) {
            Files.deleteIfExists(path);
        }
        assertEquals(before, snapshot(), "the sandbox is as it was for the next try");
    }

    /** Where a command may write: its output folder, taken from the repository's root as the command takes it. */
    private static Optional<Path> writable(List<String> args) {
        String command = args.get(0);
        String fallback = switch (command) {
            case "build", "report" -> "target/site";
            case "schemas" -> "target/schemas";
            default -> null;
        };
        if (fallback == null) {
            return Optional.empty();
        }
        int out = args.lastIndexOf("--out");
        try {
            return Optional.of(repo.root().resolve(out >= 0 && out + 1 < args.size() ? args.get(out + 1) : fallback).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Every file of the sandbox with a digest of its bytes, and every folder. */
    private static Map<Path, String> snapshot() {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sandbox)) {
            for (Path path : walk.toList()) {
                files.put(path, Files.isDirectory(path) ? "folder"
                        : HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    // --- generators

    private static Arbitrary<String> anyText() {
        return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềệĐ0123456789 -_./\\:*?\"<>|~'$%{}\t\u0000\u202E\uD83D\uDE00")
                .ofMinLength(0).ofMaxLength(24);
    }

    private static Arbitrary<String> day() {
        return Arbitraries.oneOf(Arbitraries.of("2026-11-28", "2026-02-29", "2026-13-45", "2024-02-29", "0000-01-01", "9999-12-31",
                "+10000-01-01", "-0001-01-01", "2026-1-1", "28/11/2026", "yesterday", "hôm nay", ""), anyText());
    }

    private static Arbitrary<String> number() {
        return Arbitraries.oneOf(Arbitraries.of("1", "2", "8", "0", "-1", "65535", "65536", "99999", "2147483647", "2147483648",
                "99999999999999999999", "0x10", "1e3", "abc", "", " 2"), anyText());
    }

    private static Arbitrary<String> folder() {
        return Arbitraries.oneOf(Arbitraries.of(".", "..", "../..", "/", "//", "communes", "communes/xa-mau", "content", "content/x",
                "templates", "src", "src/site", ".git", "README.md", "README.md/x", "target", "target/site", "target/khac", "../ngoai",
                "../moi", "../ngoai/cua-nguoi-khac.txt", "", " ", "~", "-", "--as-of"), anyText());
    }

    private static Arbitrary<String> slug() {
        return Arbitraries.oneOf(Arbitraries.of("xa-mau", "xa-khong-co", "", ".", "..", "../xa-mau", "xa-mau/", "XA-MAU", "xã mẫu",
                "CON", "nul", "-", "--shard"), anyText());
    }

    private static Arbitrary<List<String>> option(String command) {
        List<Arbitrary<List<String>>> options = new ArrayList<>(List.of(
                day().map(v -> List.of("--as-of", v)),
                Arbitraries.of("vi", "en", "fr", "", "EN").map(v -> List.of("--lang", v)),
                Arbitraries.oneOf(Arbitraries.of("vi", "en"), anyText()).map(v -> List.of("--lang=" + v)),
                Arbitraries.oneOf(Arbitraries.of("text", "json", "github", "xml", "TEXT", ""), anyText()).map(v -> List.of("--format", v)),
                Arbitraries.oneOf(Arbitraries.of("--khong-co", "-x", "--", "---", "-C"), anyText()).map(List::of)));
        if (!command.equals("sections") && !command.equals("schemas")) {
            options.add(number().map(v -> List.of("--jobs", v)));
            options.add(Arbitraries.oneOf(Arbitraries.of("1/1", "1/2", "2/2", "0/3", "3/2", "1/0", "a/b", "", "1/2/3"), anyText())
                    .map(v -> List.of("--shard", v)));
            options.add(slug().map(v -> List.of("--commune", v)));
            options.add(Arbitraries.oneOf(Arbitraries.of("HEAD", "main", "khong-co", "", "--"), anyText()).map(v -> List.of("--changed-since", v)));
        }
        if (List.of("build", "report", "schemas").contains(command)) {
            options.add(folder().map(v -> List.of("--out", v)));
            options.add(folder().map(v -> List.of("--out", v)));
        }
        if (command.equals("report")) {
            options.add(number().map(v -> List.of("--year", v)));
        }
        if (command.equals("new")) {
            options.add(Arbitraries.oneOf(Arbitraries.of("van-ban", "gioi-thieu", "gioi-thieu/lanh-dao", "../..", ""), anyText())
                    .map(v -> List.of("--section", v)));
        }
        return Arbitraries.oneOf(options);
    }

    private static Arbitrary<List<String>> commandLine(String command) {
        Arbitrary<List<List<String>>> options = option(command).list().ofMaxSize(4);
        if (!command.equals("new")) {
            return options.map(chosen -> join(List.of(command), chosen));
        }
        // new KIND TITLE --commune xa-mau, often well formed, so that items are written and their names checked.
        Arbitrary<String> kind = Arbitraries.oneOf(Arbitraries.of("van-ban", "trang", "can-bo", "lich-cong-tac", "tin-bai"), anyText());
        Arbitrary<String> title = Arbitraries.oneOf(Arbitraries.of("Quyết định ban hành quy chế", "", " ", "../../../etc/passwd", "CON",
                ".", "..", "index", "a/b", "Thông báo: họp \"dân\" *?", "-x"), anyText());
        Arbitrary<List<String>> commune = Arbitraries.oneOf(Arbitraries.just(List.of("--commune", "xa-mau")),
                slug().map(s -> List.of("--commune", s)), Arbitraries.just(List.of()));
        return Combinators.combine(kind, title, commune, options)
                .as((k, t, c, chosen) -> join(List.of("new", k, t), c, chosen.stream().flatMap(List::stream).toList()));
    }

    @SafeVarargs
    private static List<String> join(List<String> first, List<?>... rest) {
        List<String> all = new ArrayList<>(first);
        for (List<?> part : rest) {
            for (Object element : part) {
                if (element instanceof List<?> list) {
                    list.forEach(e -> all.add((String) e));
                } else {
                    all.add((String) element);
                }
            }
        }
        return all;
    }

    /** A command line that is right but for the values that matter here: the output folder, the item's name. */
    private static Arbitrary<List<String>> wellFormed() {
        Arbitrary<List<String>> build = folder().map(out -> List.of("build", "--as-of", "2026-11-28", "--out", out));
        Arbitrary<List<String>> schemas = folder().map(out -> List.of("schemas", "--out", out));
        Arbitrary<List<String>> item = Combinators.combine(Arbitraries.of("van-ban", "can-bo", "lich-cong-tac"),
                        Arbitraries.oneOf(Arbitraries.of("Quyết định ban hành quy chế", "", " ", "../../../etc/passwd", "CON", ".", "..",
                                "index", "a/b", "Thông báo: họp \"dân\" *?"), anyText()))
                .as((kind, title) -> List.of("new", kind, title, "--commune", "xa-mau"));
        return Arbitraries.oneOf(build, schemas, item);
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, wellFormed()),
                net.jqwik.api.Tuple.of(3, commandLine("check")),
                net.jqwik.api.Tuple.of(2, commandLine("build")),
                net.jqwik.api.Tuple.of(2, commandLine("new")),
                net.jqwik.api.Tuple.of(1, commandLine("schemas")),
                net.jqwik.api.Tuple.of(1, commandLine("report")),
                net.jqwik.api.Tuple.of(1, commandLine("sections")));
    }
}
