package vn.congxa.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.congxa.TestRepo;
import vn.congxa.cli.Main;

/**
 * The yearly report at the scale of a province: the three communes of the district of 2023 (a test fixture under
 * Nghị định 42/2022, run as of {@link TestRepo#AUDIT_AS_OF}) copied into N communes
 * (each with its own slug and web address), then {@code check} and {@code report} timed on them (the report runs the
 * whole check first, so the difference is what the evaluation, its charts and its exports cost), with the heap used.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/congxa.jar:target/test-classes vn.congxa.bench.ProvinceReportBenchmark 30 300
 * </pre>
 */
public final class ProvinceReportBenchmark {

    private static final String[] DISTRICT = {"binh-chau", "binh-thanh", "chau-o"};

    private ProvinceReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {30, 300} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        run("report", generate(9), quiet); // warm the JIT up
        System.out.printf("%9s %8s %10s %10s %12s%n", "communes", "files", "check ms", "report ms", "heap MiB");
        for (int size : sizes) {
            Path repo = generate(size);
            long files;
            try (var walk = Files.walk(repo.resolve("communes"))) {
                files = walk.filter(Files::isRegularFile).count();
            }
            double check = run("check", repo, quiet);
            System.gc();
            double report = run("report", repo, quiet);
            Runtime runtime = Runtime.getRuntime();
            long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.printf("%9d %8d %10.0f %10.0f %12d%n", size, files, check, report, heap);
            TestRepo.deleteTree(repo);
        }
    }

    /** @return the milliseconds the command took */
    private static double run(String command, Path repo, PrintStream quiet) {
        long start = System.nanoTime();
        int exit = Main.run(new String[] {command, "-C", repo.toString(), "--as-of", TestRepo.AUDIT_AS_OF}, quiet, quiet);
        if (exit != 0) {
            throw new IllegalStateException(command + " failed with exit code " + exit + " in " + repo);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** N communes, copies of the district's three in turn, renamed {@code xa-001}… with distinct web addresses. */
    private static Path generate(int communes) throws Exception {
        Path dir = Files.createTempDirectory("congxa-province-");
        TestRepo repo = TestRepo.district2023(dir);
        for (String slug : DISTRICT) {
            Files.move(dir.resolve("communes/" + slug), dir.resolve("template-" + slug));
        }
        for (int i = 1; i <= communes; i++) {
            String slug = String.format("xa-%03d", i);
            TestRepo.copyTree(dir.resolve("template-" + DISTRICT[(i - 1) % DISTRICT.length]), dir.resolve("communes/" + slug));
            Path config = dir.resolve("communes/" + slug + "/commune.yml");
            Files.writeString(config, Files.readString(config).replaceAll("(?m)^dia_chi_web: .*$", "dia_chi_web: https://" + slug + ".example.gov.vn"));
        }
        for (String slug : DISTRICT) {
            TestRepo.deleteTree(dir.resolve("template-" + slug));
        }
        return dir;
    }
}
