package vn.congxa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;

/**
 * The hub as deployed, not as built: the deploy template puts each unit's site in {@code /var/www/<slug>/}, served at
 * its own portal address, and the hub with the report in a folder of its own. Every link of the hub must still lead to
 * a page there: a unit by its portal address, the report and the theme next to the hub.
 */
class DeployedLayoutTest {

    private static final Path TEMPLATE = Path.of("deploy/github/congxa.yml");
    /** The hub's files and the folder the template copies them into. */
    private static final Pattern HUB_RSYNC = Pattern.compile("rsync [^\\n]*?((?:target/site/\\S+ )+)\"\\$DEPLOY_HOST:/var/www/([a-z-]+)/\"");
    private static final Pattern UNIT_RSYNC = Pattern.compile("\"\\$site\" \"\\$DEPLOY_HOST:/var/www/\\$\\(basename \"\\$site\"\\)/\"");

    @Test
    void everyLinkOfTheDeployedHubLeadsToAPage(@TempDir Path dir) throws IOException {
        TestRepo repo = TestRepo.sample(dir.resolve("repo"));
        TestRepo.Run build = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, build.exit(), build.toString());
        // As the templates do after the units' builds: the report writes the hub, its search and the report.
        Files.walk(repo.path("target/site/tim-kiem")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        TestRepo.Run report = repo.run("report", "--as-of", TestRepo.SAMPLE_AS_OF);
        assertEquals(0, report.exit(), report.toString());
        Path site = repo.path("target/site");

        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        assertTrue(UNIT_RSYNC.matcher(template).find(), "the template deploys each unit's folder to /var/www/<slug>/");
        Matcher hub = HUB_RSYNC.matcher(template);
        assertTrue(hub.find(), "the template deploys the hub");
        Path www = dir.resolve("www");
        Path hubFolder = www.resolve(hub.group(2));
        Files.createDirectories(hubFolder);
        for (String file : hub.group(1).trim().split(" ")) {
            Path source = repo.path(file);
            TestRepo.copyTree(source, hubFolder.resolve(source.getFileName()));
        }
        // The web server: each portal's host serves its unit's folder (commune.yml's dia_chi_web).
        Map<String, Path> hosts = new LinkedHashMap<>();
        try (Stream<Path> units = Files.list(repo.path("communes"))) {
            for (Path unit : units.sorted().toList()) {
                String slug = unit.getFileName().toString();
                TestRepo.copyTree(site.resolve(slug), www.resolve(slug));
                String url = Files.readAllLines(unit.resolve("commune.yml"), StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("dia_chi_web:")).findFirst().orElseThrow().substring("dia_chi_web:".length()).strip();
                hosts.put(URI.create(url).getHost(), www.resolve(slug));
            }
        }

        Document page = Jsoup.parse(hubFolder.resolve("index.html").toFile(), "UTF-8");
        List<String> units = new ArrayList<>();
        assertTrue(Files.readString(hubFolder.resolve("tim-kiem/chi-muc-1.js")).contains("\"u\":\"https://"),
                "the hub's search, with the items of the units at their portals' addresses");
        for (Element link : page.select("a[href], link[href], img[src], form[action]")) {
            String href = link.hasAttr("href") ? link.attr("href") : link.hasAttr("src") ? link.attr("src") : link.attr("action");
            if (href.startsWith("#")) {
                continue;
            }
            URI uri = URI.create(href);
            Path target;
            if (uri.isAbsolute()) {
                if (!hosts.containsKey(uri.getHost())) {
                    continue; // the province's own portal: not ours to serve
                }
                target = hosts.get(uri.getHost()).resolve(uri.getPath().substring(1));
                units.add(uri.getHost());
            } else {
                target = hubFolder.resolve(uri.getPath());
            }
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            assertTrue(Files.isRegularFile(target), href + " on the deployed hub leads nowhere (" + target + ")");
        }
        assertEquals(hosts.keySet().stream().sorted().toList(), units.stream().distinct().sorted().toList(),
                "the hub links every unit at its portal address");
        // Every result the hub's search can give leads to a page of its unit's portal.
        int results = 0;
        try (Stream<Path> parts = Files.list(hubFolder.resolve("tim-kiem"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().matches("chi-muc-\\d+\\.js")).toList()) {
                Matcher address = Pattern.compile("\"u\":\"([^\"]+)\"").matcher(Files.readString(part, StandardCharsets.UTF_8));
                while (address.find()) {
                    URI uri = URI.create(address.group(1));
                    assertTrue(hosts.containsKey(uri.getHost()) && Files.isRegularFile(hosts.get(uri.getHost()).resolve(uri.getPath().substring(1))),
                            address.group(1) + " in the hub's search leads nowhere");
                    results++;
                }
            }
        }
        assertTrue(results > 100, results + " items in the hub's search");
        for (Path unit : hosts.values()) {
            String folder = unit.getFileName() + "/";
            assertFalse(page.select("a[href]").stream().anyMatch(a -> a.attr("href").startsWith(folder)),
                    "no unit is linked by a relative folder that the deployed hub does not have: " + folder);
        }
    }
}
