package vn.congxa.check;

import java.util.List;
import java.util.Map;
import vn.congxa.content.Asset;
import vn.congxa.field.Values;
import vn.congxa.media.Pdf;
import vn.congxa.media.Picture;
import vn.congxa.profile.Profile;

/**
 * A commune ready to be baked: its configuration as typed values, its menu (the profile followed by its own
 * sections), what its site publishes: shared pages it does not override plus its own, drafts left out, its files,
 * how its photos among them are published and what its PDFs hold (by site path), and the image weight of its heaviest
 * page (bytes), which the overseeing unit monitors.
 */
public record Commune(String slug, String repoPath, Values config, Profile menu, List<Entry> entries,
                      List<Asset> assets, Map<String, Picture> pictures, Map<String, Pdf> pdfs, long heaviestPageImages) {

    public Commune {
        entries = List.copyOf(entries);
        assets = List.copyOf(assets);
        pictures = Map.copyOf(pictures);
        pdfs = Map.copyOf(pdfs);
    }

    public String name() {
        return config.plain("ten").orElse(slug);
    }

    /** The portal's address on the web (dia_chi_web), without a trailing slash; "" when not given. */
    public String baseUrl() {
        return config.plain("dia_chi_web").orElse("").replaceAll("/+$", "");
    }
}
