package vn.congxa.check;

import java.util.Map;
import java.util.Optional;
import vn.congxa.markdown.Body;
import vn.congxa.profile.Profile;

/**
 * The bodies a check read, by item path, under the profile's raw-HTML policy, and the photos and PDFs it read: another
 * check of the same repository (a report's earlier period) reuses them rather than reading every file again.
 */
public record ReadBodies(Profile.RawHtml policy, Map<String, Body> byPath, FilesRead files) {

    public static final ReadBodies NONE = new ReadBodies(Profile.RawHtml.SANITIZE, Map.of(), FilesRead.NONE);

    public ReadBodies {
        byPath = Map.copyOf(byPath);
    }

    Optional<Body> of(String repoPath, Profile.RawHtml wanted) {
        return wanted == policy ? Optional.ofNullable(byPath.get(repoPath)) : Optional.empty();
    }
}
