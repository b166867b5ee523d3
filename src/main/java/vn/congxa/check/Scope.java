package vn.congxa.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congxa.content.Asset;
import vn.congxa.content.CommuneSource;
import vn.congxa.content.SourceTree;
import vn.congxa.field.Values;
import vn.congxa.markdown.Body;
import vn.congxa.media.Picture;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;

/**
 * What a {@link Rule} looks at: a tree of the repository (the shared content, or a unit's folder) with the body of
 * each of its items, the trees its links may reach, the sections it follows, the build's day, and, for a unit's
 * tree, the unit as it will be published.
 *
 * @param bodies    the body of each item of the tree, by the item's repository path
 * @param reachable the trees whose files appear in the site (a unit's own and the shared one)
 * @param menu      the profile's sections, and a unit's own
 */
record Scope(SourceTree tree, Map<String, Body> bodies, List<SourceTree> reachable, Profile menu, LocalDate asOf, Optional<Unit> unit) {

    /**
     * A unit as it will be published.
     *
     * @param entries   its items and the shared ones it does not replace, drafts included
     * @param published the items its site shows
     * @param assets    the files of its site (shared and own), by site path
     * @param pictures  the photos among them, read: how each is published, by site path
     * @param config    its {@code commune.yml} as read
     */
    record Unit(CommuneSource source, List<Entry> entries, List<Entry> published, Map<String, Asset> assets, Map<String, Picture> pictures, Values config, Kinds kinds) {
    }

    Scope {
        bodies = Map.copyOf(bodies);
        reachable = List.copyOf(reachable);
    }
}
