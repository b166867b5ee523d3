package vn.congxa.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.check.CheckResult;
import vn.congxa.check.Checker;
import vn.congxa.check.Commune;
import vn.congxa.check.History;
import vn.congxa.content.RepositoryReader;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.site.OutputFormat;
import vn.congxa.site.OutputFormats;
import vn.congxa.site.Site;
import vn.congxa.site.SitePlanner;

/** A format is data: one added to the list is made for the site and every section, and announced, with no template changed. */
class OutputFormatsTest {

    @TempDir
    Path dir;

    @Test
    void aFeedAddedToTheFormatsIsWrittenAndAnnouncedByEveryPage() throws Exception {
        TestRepo repo = TestRepo.base(dir.resolve("repo"));
        LocalDate asOf = LocalDate.parse(TestRepo.AS_OF);
        ProfileLoader.Loaded loaded = ProfileLoader.load(repo.root());
        CheckResult result = Checker.check(RepositoryReader.read(repo.root(), RepositoryReader.communeSlugs(repo.root()), 1), loaded.inForce(asOf).orElseThrow(),
                loaded.kinds().orElseThrow(), Optional.empty(), asOf, Checker.Drafts.LEFT_OUT, 1, () -> History.NONE,
                vn.congxa.check.ReadBodies.NONE);
        Commune commune = result.communes().get(0);
        OutputFormat another = new OutputFormat("RSS thử", "application/x-thu+xml", OutputFormat.Scope.SITE_AND_SECTIONS, "thu.xml",
                new OutputFormat.Template("feed.ftl"), true);
        Site site = SitePlanner.plan(commune, Optional.empty(), asOf,
                Stream.concat(OutputFormats.ALL.stream(), Stream.of(another)).toList());
        Path out = dir.resolve("site");
        assertEquals(List.of(), new Baker(repo.root()).bake(site, out).findings());

        assertTrue(Files.readString(out.resolve("thu.xml")).contains("<rss version=\"2.0\""));
        assertTrue(Files.readString(out.resolve("tin-tuc/thu.xml")).contains("/tin-tuc/thu.xml\" rel=\"self\""));
        var home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("feed.xml", "atom.xml", "feed.json", "thu.xml"), home.select("head link[rel=alternate]").eachAttr("href"));
        assertEquals("application/x-thu+xml", home.selectFirst("head link[href=thu.xml]").attr("type"));
        var section = Jsoup.parse(out.resolve("tin-tuc/index.html").toFile(), "UTF-8");
        assertTrue(section.select("head link[rel=alternate]").eachAttr("href").containsAll(List.of("../thu.xml", "../tin-tuc/thu.xml")));
    }
}
