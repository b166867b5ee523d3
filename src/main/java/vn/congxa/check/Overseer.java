package vn.congxa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.congxa.content.Asset;
import vn.congxa.media.Pictures;
import vn.congxa.profile.Attachments;
import vn.congxa.yaml.YNode;
import vn.congxa.field.FieldReader;
import vn.congxa.field.Values;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Message;
import vn.congxa.finding.Severity;
import vn.congxa.profile.Kinds;
import vn.congxa.profile.Profile;
import vn.congxa.profile.ProfileLoader;
import vn.congxa.profile.UnitRules;

/**
 * The unit that oversees the repository's portals ({@value #PATH}): since 1/7/2025 the province, whose portal each
 * commune site is a component of, whose agency monitors the portals and whose office scores them; in a repository of
 * earlier years, a district. It is the one definition of "the overseeing unit" for the hub, the report and the pages.
 *
 * @param kind             "tỉnh" (or "huyện" in a repository of 2025 and before)
 * @param name             the unit's own name: "Quảng Ngãi"
 * @param authority        its People's Committee
 * @param monitoringAgency the agency that monitors and evaluates the portals (Sở Khoa học và Công nghệ)
 * @param emulationOffice  the office that uses the score in emulation (Sở Nội vụ), "" when not named
 * @param domain           its domain ("quangngai.gov.vn"), from which communes' portal addresses are made
 * @param portal           its portal's address
 * @param ratingEndpoint   where readers' satisfaction ratings are posted, "" when none is configured
 * @param publicServices   the province's online public services portal, "" when none is configured
 * @param contact          the authority's address, phone and e-mail, each "" when not given
 * @param emblem           the picture the hub shows beside the authority's name (a file under {@value #FOLDER}/)
 */
public record Overseer(String kind, String name, String authority, String monitoringAgency, String emulationOffice,
                       String domain, String portal, String ratingEndpoint, String publicServices, Contact contact,
                       Optional<Asset> emblem) {

    /** How citizens reach the overseeing authority. */
    public record Contact(String address, String phone, String email) {
    }

    /** The field of {@value #PATH} that names the emblem. */
    private static final String EMBLEM = "bieu_trung";
    public static final String FOLDER = "content";
    public static final String PATH = FOLDER + "/don-vi-quan-ly.yml";

    /** "tỉnh Quảng Ngãi". */
    public String fullName() {
        return kind + " " + name;
    }

    /**
     * Reads and checks the overseeing unit's file; a profile that makes portals' addresses or readers' ratings depend
     * on it makes it required.
     */
    public static Optional<Overseer> read(Path root, Kinds kinds, Profile profile, List<Finding> findings) {
        UnitRules rules = profile.unitRules();
        boolean needed = rules.portalAddress().isPresent() || rules.rating().map(UnitRules.Rating::required).orElse(false);
        if (!Files.isRegularFile(root.resolve(PATH))) {
            if (needed) {
                Finding finding = Finding.error(PATH, 0, "missing-overseer", Message.of("overseer.missing"));
                findings.add(rules.portalAddress().flatMap(UnitRules.PortalAddress::basis).map(finding::withBasis).orElse(finding));
            }
            return Optional.empty();
        }
        return ProfileLoader.readMapping(root, PATH, findings).map(map -> {
            Map<String, Path> pictures = pictures(root.resolve(FOLDER));
            FieldReader.Context context = new FieldReader.Context(PATH, FOLDER, pictures.keySet(), Optional.empty(), true,
                    Severity.ERROR, Severity.ERROR, true, Optional.empty());
            Values values = FieldReader.read(map, kinds.overseer(), context, findings);
            Optional<Asset> emblem = values.path(EMBLEM).map(path -> asset(path, pictures.get(path)));
            emblem.filter(asset -> !Attachments.isDrawing(asset.sitePath()))
                    .map(asset -> Pictures.read(asset, Long.MAX_VALUE))
                    .filter(Pictures.Refused.class::isInstance).map(Pictures.Refused.class::cast)
                    .ifPresent(refused -> findings.add(Finding.error(PATH, map.get(EMBLEM).map(YNode::line).orElse(map.line()),
                            refused.rule(), refused.message())));
            Overseer overseer = new Overseer(text(values, "loai"), text(values, "ten"), text(values, "co_quan"),
                    text(values, "co_quan_giam_sat"), text(values, "co_quan_thi_dua"), text(values, "ten_mien"),
                    text(values, "cong_thong_tin"), text(values, "dia_chi_danh_gia"), text(values, "cong_dich_vu_cong"),
                    new Contact(text(values, "dia_chi"), text(values, "dien_thoai"), text(values, "email")), emblem);
            if (rules.portalAddress().isPresent() && overseer.domain().isEmpty()) {
                Finding finding = Finding.error(PATH, map.line(), "missing-field", Message.of("overseer.domain-missing"));
                findings.add(rules.portalAddress().get().basis().map(finding::withBasis).orElse(finding));
            }
            rules.rating().filter(UnitRules.Rating::required).filter(r -> overseer.ratingEndpoint().isEmpty()).ifPresent(rating -> {
                Finding finding = Finding.error(PATH, map.line(), "rating-endpoint", Message.of("overseer.rating-endpoint"));
                findings.add(rating.basis().map(finding::withBasis).orElse(finding));
            });
            return overseer;
        });
    }

    /** The pictures under {@code content/}, by their path there: what the emblem may name. */
    private static Map<String, Path> pictures(Path folder) {
        Map<String, Path> pictures = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .forEach(file -> pictures.put(folder.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException | UncheckedIOException e) {
            // An unreadable folder: the emblem it names is reported missing.
        }
        return pictures;
    }

    private static Asset asset(String path, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0; // read again when published, and reported then
        }
        return new Asset(FOLDER + "/" + path, path, file, size);
    }

    private static String text(Values values, String key) {
        return values.plain(key).orElse("");
    }
}
