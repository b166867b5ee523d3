package vn.congxa.bench;

import java.nio.file.Path;
import java.util.List;
import vn.congxa.TestRepo;
import vn.congxa.bench.SyntheticDistrict.Commune;
import vn.congxa.bench.SyntheticDistrict.Item;
import vn.congxa.profile.Section;

/**
 * One Hugo site per commune, from the same items: the project's {@code bench/hugo/} layouts (home, section listings
 * paginated by 20 as congxa's, item pages), Hugo's own RSS feeds and sitemap, the front matter as congxa reads it.
 * Sections are Hugo sections, ordered as the profile's menu by their weight.
 */
final class HugoSites {

    private HugoSites() {
    }

    static void write(Path project, List<Section> sections, List<Commune> district, Path root) {
        for (Commune commune : district) {
            Path site = root.resolve(commune.slug());
            TestRepo.copyTree(project.resolve("bench/hugo/layouts"), site.resolve("layouts"));
            TestRepo.copyTree(project.resolve("bench/hugo/data"), site.resolve("data"));
            TestRepo.copyTree(project.resolve("templates/assets"), site.resolve("static/assets"));
            SyntheticDistrict.writeBytes(site.resolve("static").resolve(Commune.ATTACHMENT), SyntheticDistrict.attachment(commune));
            SyntheticDistrict.writeBytes(site.resolve("static").resolve(Commune.MAP), SyntheticDistrict.map(commune));
            SyntheticDistrict.writeFile(site.resolve("config.yaml"), config(commune));
            SyntheticDistrict.writeFile(site.resolve("content/_index.md"), "---\ntitle: \"" + name(commune) + "\"\n---\n");
            for (int weight = 0; weight < sections.size(); weight++) {
                Section section = sections.get(weight);
                SyntheticDistrict.writeFile(site.resolve("content").resolve(section.path()).resolve("_index.md"),
                        "---\ntitle: \"" + section.title() + "\"\nweight: " + (weight + 1) + "\n---\n");
            }
            for (Item item : commune.items()) {
                SyntheticDistrict.writeFile(site.resolve("content").resolve(item.file()), FrontMatter.yaml(item) + item.body());
            }
        }
    }

    private static String name(Commune commune) {
        return "Ủy ban nhân dân xã " + commune.name();
    }

    /** Ugly and relative URLs, as congxa's sites (pages open from the disk); no tag pages, which congxa has not. */
    private static String config(Commune commune) {
        return SyntheticDistrict.nfc("""
                baseURL: %s/
                languageCode: vi
                title: "%s"
                uglyURLs: true
                relativeURLs: true
                disableKinds: [taxonomy, term]
                paginate: 20
                rssLimit: 20
                params:
                  donViCapTren: "Ủy ban nhân dân tỉnh Quảng Ngãi"
                  coQuanChuQuan: "%s"
                  diaChi: "Trụ sở UBND xã %s, tỉnh Quảng Ngãi"
                  email: "ubnd.%s@example.gov.vn"
                """.formatted(commune.baseUrl(), name(commune), name(commune), commune.name(), commune.slug().replace("-", "")));
    }
}
