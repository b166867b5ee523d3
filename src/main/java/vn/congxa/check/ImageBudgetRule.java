package vn.congxa.check;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.congxa.content.Asset;
import vn.congxa.content.CommuneSource;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.profile.Accessibility;
import vn.congxa.field.FieldSpec;
import vn.congxa.field.Values;

/**
 * A page may load only so many kilobytes of images (the profile's {@code image_budget_kib}): citizens read their
 * commune's portal on phones, often on mobile data. The images of an item's page are those of its body and of its
 * image fields (a news photo), and those every page shows: the images of {@code commune.yml} (its logo).
 */
final class ImageBudgetRule {

    /** An image that every page of a commune shows, from a file field of its {@code commune.yml}, and the line it is named on. */
    record SiteImage(String sitePath, String configPath, int line) {
    }

    private ImageBudgetRule() {
    }

    /** The images a commune's configuration shows (its logo): they are in the header of every page. */
    static List<SiteImage> siteImages(CommuneSource source, List<FieldSpec> fields, Values config) {
        return fields.stream().flatMap(field -> config.get(field.key()).stream()
                        .flatMap(value -> field.type().embedded(value).stream())
                        .map(path -> new SiteImage(path, source.configPath(), source.config().map(map -> map.lineOf(field.key())).orElse(0))))
                .toList();
    }

    /**
     * @param bodyImages the local images of each item's body, by the item's repository path
     * @param assets     the files of the commune's site, by site path
     * @param siteImages the images every page shows; when they alone are over the budget, they are the one finding
     * @return the image weight of the heaviest page, in bytes: a technical indicator of the portal
     */
    static long check(List<Entry> entries, Map<String, List<String>> bodyImages, Map<String, Asset> assets, List<SiteImage> siteImages,
                      Accessibility accessibility, List<Finding> findings) {
        long budget = accessibility.imageBudgetKib() * 1024L;
        long siteWeight = siteImages.stream().map(image -> assets.get(image.sitePath())).filter(Objects::nonNull).mapToLong(Asset::size).sum();
        if (siteWeight > budget) {
            SiteImage heaviest = siteImages.stream().filter(image -> assets.containsKey(image.sitePath()))
                    .max(Comparator.comparingLong(image -> assets.get(image.sitePath()).size())).orElseThrow();
            findings.add(Finding.error(heaviest.configPath(), heaviest.line(), "image-budget", Message.of("commune.site-image-budget",
                    assets.get(heaviest.sitePath()).repoPath(), kib(siteWeight), accessibility.imageBudgetKib())));
            return siteWeight;
        }
        long heaviestPage = siteWeight;
        for (Entry entry : entries) {
            Set<String> images = new LinkedHashSet<>();
            siteImages.forEach(image -> images.add(image.sitePath()));
            images.addAll(bodyImages.getOrDefault(entry.item().repoPath(), List.of()));
            entry.kind().ifPresent(kind -> kind.fields().forEach(field ->
                    entry.values().get(field.key()).ifPresent(value -> images.addAll(field.type().embedded(value)))));
            List<Asset> files = images.stream().map(assets::get).filter(Objects::nonNull).toList();
            long weight = files.stream().mapToLong(Asset::size).sum();
            heaviestPage = Math.max(heaviestPage, weight);
            if (weight > budget) {
                Asset heaviest = files.stream().max(Comparator.comparingLong(Asset::size)).orElseThrow();
                Finding finding = Finding.error(entry.item().repoPath(), 0, "image-budget", Message.of("markdown.image-budget",
                        kib(weight), accessibility.imageBudgetKib(), heaviest.repoPath() + " (" + kib(heaviest.size()) + " KB)"));
                if (!findings.contains(finding)) { // a shared item is on every commune's site: reported once
                    findings.add(finding);
                }
            }
        }
        return heaviestPage;
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
