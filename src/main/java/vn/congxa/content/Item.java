package vn.congxa.content;

import java.util.Optional;
import vn.congxa.yaml.YNode;

/**
 * One Markdown file as read: its place in the repository and in the site, its front matter and its body.
 *
 * @param repoPath    path from the repository root, e.g. {@code communes/binh-thanh/van-ban/qd-12.md}
 * @param sitePath    path inside the site's source tree, e.g. {@code van-ban/qd-12.md}
 * @param frontMatter the YAML mapping between the "---" lines; empty when it could not be read
 * @param body        the Markdown after the front matter
 * @param bodyLine    the file line on which the body starts
 * @param shared      read from {@code content/}, the pages every commune shows
 */
public record Item(String repoPath, String sitePath, Optional<YNode.Mapping> frontMatter, String body, int bodyLine,
                   boolean shared) {

    public static final String LANDING = "index.md";

    /** The folder of the item inside the site, "" for the site root; it names the item's section. */
    public String folder() {
        int slash = sitePath.lastIndexOf('/');
        return slash < 0 ? "" : sitePath.substring(0, slash);
    }

    public String fileName() {
        return sitePath.substring(sitePath.lastIndexOf('/') + 1);
    }

    public String baseName() {
        return fileName().substring(0, fileName().length() - ".md".length());
    }

    /** The publication date as written ({@code date: YYYY-MM-DD}), before it is checked; empty when it is not one. */
    public Optional<java.time.LocalDate> statedDate() {
        return frontMatter.flatMap(m -> m.get("date")).filter(YNode.Scalar.class::isInstance)
                .map(node -> ((YNode.Scalar) node).text().strip()).flatMap(text -> {
                    try {
                        return Optional.of(java.time.LocalDate.parse(text));
                    } catch (java.time.format.DateTimeParseException e) {
                        return Optional.empty();
                    }
                });
    }

    /** Whether the front matter says {@code draft: true}: a draft is never published. */
    public boolean declaresDraft() {
        return frontMatter.flatMap(map -> map.get("draft"))
                .map(node -> node instanceof YNode.Scalar scalar && Boolean.TRUE.equals(scalar.value())).orElse(false);
    }

    /** The {@code index.md} of a folder: the landing text of a section, not one of its items. */
    public boolean isLanding() {
        return fileName().equals(LANDING);
    }
}
