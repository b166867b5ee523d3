package vn.congxa.bench;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.congxa.TestRepo;
import vn.congxa.cli.Main;

/**
 * Shows that a build grows linearly with the number of items (stock JBake grows with their square): builds the
 * base fixture with N generated items in one section for each N given, and prints the time per page.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/congxa.jar:target/test-classes vn.congxa.bench.LinearBakeBenchmark 100 1000 3000
 * </pre>
 */
public final class LinearBakeBenchmark {

    private LinearBakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100, 1000, 3000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        build(generate(200), quiet); // warm the JIT up so that the first size is not penalised
        System.out.printf("%8s %8s %10s %10s%n", "items", "pages", "ms", "ms/page");
        Double first = null;
        for (int size : sizes) {
            Path repo = generate(size);
            long start = System.nanoTime();
            build(repo, quiet);
            double millis = (System.nanoTime() - start) / 1e6;
            long pages;
            try (var files = Files.walk(repo.resolve("target/site"))) {
                pages = files.filter(p -> p.toString().endsWith(".html")).count();
            }
            double perPage = millis / pages;
            first = first == null ? perPage : first;
            System.out.printf("%8d %8d %10.0f %10.3f   (× %.2f of the first size)%n", size, pages, millis, perPage, perPage / first);
            TestRepo.deleteTree(repo);
        }
    }

    private static void build(Path repo, PrintStream quiet) {
        int exit = Main.run(new String[] {"build", "-C", repo.toString(), "--as-of", TestRepo.AS_OF}, quiet, quiet);
        if (exit != 0) {
            throw new IllegalStateException("build failed with exit code " + exit + " in " + repo);
        }
    }

    /** The base fixture with {@code items} news items, dated over a year, of realistic length. */
    private static Path generate(int items) throws Exception {
        Path dir = Files.createTempDirectory("congxa-bench-");
        TestRepo repo = TestRepo.base(dir);
        String body = ("Ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội, bảo đảm quốc phòng, "
                + "an ninh; đề nghị các thôn, các ban ngành phối hợp thực hiện đúng tiến độ.\n\n").repeat(6)
                + "| Chỉ tiêu | Kết quả |\n|---|---|\n| Thu ngân sách | 12.500 triệu đồng |\n";
        for (int i = 0; i < items; i++) {
            LocalDate date = LocalDate.of(2026, 11, 27).minusDays(i % 365);
            repo.write("communes/xa-mau/tin-tuc/tin-" + i + ".md",
                    "---\ntitle: Hội nghị số " + i + " của xã\ndate: " + date + "\ntags: [hội nghị, kinh tế]\nsummary: Tóm tắt tin " + i
                            + ".\n---\n## Nội dung\n\n" + body);
        }
        return dir;
    }
}
