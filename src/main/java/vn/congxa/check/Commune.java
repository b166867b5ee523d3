package vn.congxa.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congxa.content.Asset;
import vn.congxa.profile.Profile;

/**
 * A commune ready to be baked: its configuration as typed values, its menu (the profile followed by its own
 * sections), what its site publishes: shared pages it does not override plus its own, drafts left out, and the
 * image weight of its heaviest page (bytes), which the overseeing unit monitors.
 */
public record Commune(String slug, String repoPath, Map<String, Object> config, Profile menu, List<Entry> entries,
                      List<Asset> assets, long heaviestPageImages) {

    public Commune {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        entries = List.copyOf(entries);
        assets = List.copyOf(assets);
    }

    /** A commune whose pages' images were not measured: one made outside a check (the progress bar's tests). */
    public Commune(String slug, String repoPath, Map<String, Object> config, Profile menu, List<Entry> entries, List<Asset> assets) {
        this(slug, repoPath, config, menu, entries, assets, 0);
    }

    public String name() {
        return String.valueOf(config.getOrDefault("ten", slug));
    }

    /** The portal's address on the web (dia_chi_web), without a trailing slash; "" when not given. */
    public String baseUrl() {
        return String.valueOf(config.getOrDefault("dia_chi_web", "")).replaceAll("/+$", "");
    }
}
