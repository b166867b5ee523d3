package vn.congxa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.congxa.cli.Main;

/**
 * A throw-away copy of a repository for one test: the small base fixture, the district of 2023 (Nghị định 42/2022), or
 * the project's own sample of 2026 (tỉnh Quảng Ngãi, Nghị định 224/2026), always with the project's real templates.
 * Tests change files in it and run the command line as a user would.
 */
public final class TestRepo {

    /** The day the base fixture was written: tests of it build "as of" it. */
    public static final String AS_OF = "2026-11-28";
    /** The day the project's sample of 2026 was written: tests of it build "as of" it, as the README's command does. */
    public static final String SAMPLE_AS_OF = "2026-12-01";
    /** The day the district of 2023 is audited: its only profile (Nghị định 42/2022) was in force then. */
    public static final String AUDIT_AS_OF = "2026-03-01";

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** Where the base fixture's commune publishes a weekly schedule, in tests that need one. */
    public static final String SCHEDULE = "communes/xa-mau/lich-cong-tac/tuan-48.md";

    /** A weekly schedule item: its week and its rows (YAML, indented under {@code lich:}). */
    public static String schedule(String week, String rows) {
        return "---\ntitle: Lịch công tác tuần 48\ndate: 2026-11-21\ntuan: " + week + "\nlich:\n" + rows + "---\nLịch có thể thay đổi.\n";
    }

    private final Path root;

    private TestRepo(Path root) {
        this.root = root;
    }

    /** {@code src/test/resources/repos/base}: one commune, a small profile with one of each rule. */
    public static TestRepo base(Path dir) {
        copyTree(PROJECT.resolve("src/test/resources/repos/base"), dir);
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        return new TestRepo(dir);
    }

    /**
     * {@code src/test/resources/repos/district-2023}: three communes of huyện Bình Sơn under Nghị định 42/2022, overseen by
     * the district, dated so that they are current {@link #AUDIT_AS_OF}.
     */
    public static TestRepo district2023(Path dir) {
        copyTree(PROJECT.resolve("src/test/resources/repos/district-2023"), dir);
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        return new TestRepo(dir);
    }

    /** The project's own sample of 2026: the real profiles, shared content and the sample units of tỉnh Quảng Ngãi. */
    public static TestRepo sample(Path dir) {
        for (String folder : List.of("content", "communes", "templates")) {
            copyTree(PROJECT.resolve(folder), dir.resolve(folder));
        }
        return new TestRepo(dir);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public TestRepo write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestRepo writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepo delete(String relative) {
        deleteTree(root.resolve(relative));
        return this;
    }

    /** Runs {@code congxa <command> -C <root> <args…>} in this JVM, as {@code java -jar} would. */
    public Run run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "-C", root.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code congxa <command> -C <root> <args…>} as a separate Java process, with extra environment variables. */
    public ProcessBuilder process(java.util.Map<String, String> environment, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), command, "-C", root.toString()));
        all.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(all);
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs {@link #process} to its end. */
    public Run runProcess(java.util.Map<String, String> environment, String command, String... args) {
        try {
            Path out = Files.createTempFile("congxa-out", ".txt");
            Path err = Files.createTempFile("congxa-err", ".txt");
            Process process = process(environment, command, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = process.waitFor();
            Run run = new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a command printed and how it exited. */
    public record Run(int exit, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with its content hash, to compare a site before and after. */
    public static String fingerprint(Path dir) {
        return fingerprint(dir, file -> true);
    }

    /** The same, of the files {@code which} keeps. */
    public static String fingerprint(Path dir, java.util.function.Predicate<Path> which) {
        if (!Files.exists(dir)) {
            return "(absent)";
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            StringBuilder out = new StringBuilder();
            for (Path file : walk.filter(Files::isRegularFile).filter(which).sorted().toList()) {
                out.append(dir.relativize(file)).append(' ')
                        .append(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(file))))
                        .append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
