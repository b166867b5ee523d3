package vn.congxa.content;

import java.util.List;

/**
 * What one folder holds, read but not yet checked: the shared {@code content/} folder or one commune's folder.
 *
 * @param repoPath the folder from the repository root ({@code content} or {@code communes/<slug>})
 * @param folders  every sub-folder, as site paths ("van-ban", "gioi-thieu/lanh-dao")
 * @param strays   files left behind by the system or an editor's program, and articles not named .md: never published
 */
public record SourceTree(String repoPath, List<Item> items, List<Asset> assets, List<String> folders, List<StrayFile> strays) {

    public SourceTree {
        items = List.copyOf(items);
        assets = List.copyOf(assets);
        folders = List.copyOf(folders);
        strays = List.copyOf(strays);
    }

    /** The same folder without the items dated after a day. */
    public SourceTree asItStood(java.time.LocalDate day) {
        return new SourceTree(repoPath, items.stream().filter(item -> item.statedDate().map(d -> !d.isAfter(day)).orElse(true)).toList(),
                assets, folders, strays);
    }
}
