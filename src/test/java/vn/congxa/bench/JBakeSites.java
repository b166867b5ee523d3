package vn.congxa.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.congxa.TestRepo;
import vn.congxa.bench.SyntheticDistrict.Commune;
import vn.congxa.bench.SyntheticDistrict.Item;
import vn.congxa.profile.Section;

/**
 * One stock JBake 2.7.0 site per commune, from the same items: JBake headers ({@code key=value} lines), the
 * project's {@code bench/jbake/templates/} (home, item, archive, feed, sitemap, and a tag page per section, which is
 * the only per-section listing stock JBake writes), and a generated {@code site.ftl} with the commune's name and menu.
 */
final class JBakeSites {

    private JBakeSites() {
    }

    /** The tag that stands for a section: its path, one word. */
    static String sectionTag(Section section) {
        return section.path().replace('/', '-');
    }

    static void write(Path project, List<Section> sections, List<Commune> district, Path root) {
        for (Commune commune : district) {
            Path site = root.resolve(commune.slug());
            TestRepo.copyTree(project.resolve("bench/jbake/templates"), site.resolve("templates"));
            TestRepo.copyTree(project.resolve("templates/assets"), site.resolve("assets/assets"));
            SyntheticDistrict.writeBytes(site.resolve("assets").resolve(Commune.ATTACHMENT), SyntheticDistrict.attachment(commune));
            SyntheticDistrict.writeBytes(site.resolve("assets").resolve(Commune.MAP), SyntheticDistrict.map(commune));
            SyntheticDistrict.writeFile(site.resolve("jbake.properties"), properties(commune));
            SyntheticDistrict.writeFile(site.resolve("templates/site.ftl"), siteTemplate(commune, sections));
            for (Item item : commune.items()) {
                SyntheticDistrict.writeFile(site.resolve("content").resolve(item.file()),
                        FrontMatter.jbake(item) + item.body() + FrontMatter.scheduleTable(item));
            }
        }
    }

    /** Every page JBake can write for a blog-like site, with Markdown tables and links as congxa's Flexmark has. */
    private static String properties(Commune commune) {
        return """
                site.host=%s
                render.index=true
                render.archive=true
                render.feed=true
                render.sitemap=true
                render.tags=true
                render.tagsindex=false
                markdown.extensions=TABLES,AUTOLINKS
                template.index.file=index.ftl
                template.archive.file=archive.ftl
                template.feed.file=feed.ftl
                template.sitemap.file=sitemap.ftl
                template.tag.file=tags.ftl
                template.post.file=post.ftl
                template.page.file=post.ftl
                """.formatted(commune.baseUrl());
    }

    /** The commune's name and menu, in a template (read as UTF-8) rather than in jbake.properties. */
    private static String siteTemplate(Commune commune, List<Section> sections) {
        String menu = sections.stream().filter(s -> !s.path().contains("/"))
                .map(s -> "<li><a href=\"${root}tags/" + sectionTag(s) + ".html\">" + s.title() + "</a></li>")
                .collect(Collectors.joining("\n"));
        return SyntheticDistrict.nfc("<#assign siteName = \"Ủy ban nhân dân xã " + commune.name() + "\">\n"
                + "<#assign siteEmail = \"ubnd." + commune.slug().replace("-", "") + "@example.gov.vn\">\n"
                + "<#macro menu root>\n" + menu + "\n</#macro>\n");
    }
}
