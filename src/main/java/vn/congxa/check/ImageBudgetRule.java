package vn.congxa.check;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.congxa.content.Asset;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.media.Picture;
import vn.congxa.profile.Accessibility;

/**
 * A page may load only so many kilobytes of images (the profile's {@code image_budget_kib}): citizens read their
 * commune's portal on phones, often on mobile data. The images of an item's page are those of its body and of its
 * image fields (a news photo), and those every page shows: the images of {@code commune.yml} (its logo). A photo
 * counts as a phone downloads it: resized, the copy {@link vn.congxa.media.Pictures#PHONE_WIDTH} picks.
 */
final class ImageBudgetRule {

    /** An image that every page of a commune shows, from a field of its {@code commune.yml}, and the line it is named on. */
    private record SiteImage(String sitePath, String configPath, int line) {
    }

    /** An item's page and the files of images it downloads. */
    private record PageImages(Entry entry, List<Asset> files, long weight) {
    }

    /** The bytes a phone downloads for one file of a unit's site. */
    private static long weight(Scope.Unit unit, Asset asset) {
        Picture picture = unit.pictures().get(asset.sitePath());
        return picture == null ? asset.size() : picture.weight();
    }

    private ImageBudgetRule() {
    }

    static void check(Scope scope, List<Finding> findings) {
        scope.unit().ifPresent(unit -> check(unit, scope.menu().accessibility(), findings));
    }

    /** The image weight of the unit's heaviest page, in bytes: a technical indicator of the portal the report monitors. */
    static long heaviestPage(Scope.Unit unit) {
        long site = weight(siteImages(unit), unit);
        return Math.max(site, pages(unit).stream().mapToLong(PageImages::weight).max().orElse(0));
    }

    private static void check(Scope.Unit unit, Accessibility accessibility, List<Finding> findings) {
        long budget = accessibility.imageBudgetKib() * 1024L;
        List<SiteImage> siteImages = siteImages(unit);
        Map<String, Asset> assets = unit.assets();
        long siteWeight = weight(siteImages, unit);
        if (siteWeight > budget) {
            SiteImage heaviest = siteImages.stream().filter(image -> assets.containsKey(image.sitePath()))
                    .max(Comparator.comparingLong(image -> weight(unit, assets.get(image.sitePath())))).orElseThrow();
            findings.add(Finding.error(heaviest.configPath(), heaviest.line(), "image-budget", Message.of("commune.site-image-budget",
                    assets.get(heaviest.sitePath()).repoPath(), kib(siteWeight), accessibility.imageBudgetKib())));
            return; // every page is over: the one finding is the unit's own images
        }
        for (PageImages page : pages(unit)) {
            if (page.weight() > budget) {
                Asset heaviest = page.files().stream().max(Comparator.comparingLong(file -> weight(unit, file))).orElseThrow();
                Finding finding = Finding.error(page.entry().item().repoPath(), 0, "image-budget", Message.of("markdown.image-budget",
                        kib(page.weight()), accessibility.imageBudgetKib(), heaviest.repoPath() + " (" + kib(weight(unit, heaviest)) + " KB)"));
                if (!findings.contains(finding)) { // a shared item is on every commune's site: reported once
                    findings.add(finding);
                }
            }
        }
    }

    /** What {@code commune.yml} shows on every page (its logo): the images its fields' types say a page downloads. */
    private static List<SiteImage> siteImages(Scope.Unit unit) {
        return unit.kinds().commune().stream().flatMap(field -> unit.config().get(field.key()).stream()
                        .flatMap(value -> field.type().embedded(value).stream())
                        .map(path -> new SiteImage(path, unit.source().configPath(),
                                unit.source().config().map(map -> map.lineOf(field.key())).orElse(0))))
                .toList();
    }

    /** Each published item's page with the images it downloads: the unit's, the body's and its image fields', each once. */
    private static List<PageImages> pages(Scope.Unit unit) {
        List<SiteImage> siteImages = siteImages(unit);
        return unit.published().stream().map(entry -> {
            Set<String> images = new LinkedHashSet<>();
            siteImages.forEach(image -> images.add(image.sitePath()));
            images.addAll(MarkdownRule.localImages(entry.item(), entry.body()));
            entry.kind().ifPresent(kind -> kind.fields().forEach(field ->
                    entry.values().get(field.key()).ifPresent(value -> images.addAll(field.type().embedded(value)))));
            List<Asset> files = images.stream().map(unit.assets()::get).filter(Objects::nonNull).toList();
            return new PageImages(entry, files, files.stream().mapToLong(file -> weight(unit, file)).sum());
        }).toList();
    }

    private static long weight(List<SiteImage> images, Scope.Unit unit) {
        return images.stream().map(image -> unit.assets().get(image.sitePath())).filter(Objects::nonNull).mapToLong(file -> weight(unit, file)).sum();
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
