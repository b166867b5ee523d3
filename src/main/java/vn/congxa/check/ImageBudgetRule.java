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
import vn.congxa.profile.Accessibility;
import vn.congxa.profile.FieldSpec;
import vn.congxa.profile.FieldType;

/**
 * A page may load only so many kilobytes of images (the profile's {@code image_budget_kib}): citizens read their
 * commune's portal on phones, often on mobile data. The images of an item's page are those of its body and of its
 * image fields (a news photo).
 */
final class ImageBudgetRule {

    private ImageBudgetRule() {
    }

    /**
     * @param bodyImages the local images of each item's body, by the item's repository path
     * @param assets     the files of the commune's site, by site path
     * @return the image weight of the heaviest page, in bytes: a technical indicator of the portal
     */
    static long check(List<Entry> entries, Map<String, List<String>> bodyImages, Map<String, Asset> assets,
                      Accessibility accessibility, List<Finding> findings) {
        long budget = accessibility.imageBudgetKib() * 1024L;
        long heaviestPage = 0;
        for (Entry entry : entries) {
            Set<String> images = new LinkedHashSet<>(bodyImages.getOrDefault(entry.item().repoPath(), List.of()));
            entry.kind().ifPresent(kind -> kind.fields().stream().filter(field -> field.type() == FieldType.IMAGE)
                    .map(FieldSpec::key).map(entry.values()::get).filter(Objects::nonNull).map(String::valueOf).forEach(images::add));
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
