package vn.congxa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congxa.TestRepo;
import vn.congxa.finding.Lang;
import vn.congxa.finding.LegalBasis;

/**
 * The project's own profile of Nghị định 42/2022 ({@code content/profiles/nd-42-2022.yml}), seeded from the decree
 * digest: the profiles load clean, and the one in force on a day of its period cites a basis for every requirement.
 */
class ProfileTest {

    private final ProfileLoader.Loaded loaded = ProfileLoader.load(Path.of(""));
    private final Profile profile = loaded.inForce(LocalDate.parse(TestRepo.AUDIT_AS_OF)).orElseThrow();

    @Test
    void loadsWithoutFindings() {
        assertEquals(List.of(), loaded.findings());
        assertEquals("nd-42-2022-cap-xa", profile.id());
        assertEquals("1.0.0", profile.version());
        assertEquals("content/profiles/nd-42-2022.yml", profile.path());
    }

    @Test
    void declaresTheDecreesSectionsInMenuOrder() {
        assertEquals(List.of("gioi-thieu", "tin-tuc", "chi-dao-dieu-hanh", "lich-cong-tac", "van-ban", "thu-tuc-hanh-chinh", "pho-bien-phap-luat",
                        "quy-hoach-ke-hoach", "du-an-dau-tu", "ngan-sach", "thong-ke", "tiep-can-thong-tin", "lay-y-kien", "hoi-dap",
                        "dieu-uoc-quoc-te", "lien-he"),
                profile.sections().stream().map(Section::slug).toList());
        assertEquals(List.of("gioi-thieu/co-cau-to-chuc", "gioi-thieu/lanh-dao", "gioi-thieu/english"),
                profile.find("gioi-thieu").orElseThrow().children().stream().map(Section::path).toList());
    }

    @Test
    void everyRequiredSectionCitesItsBasisAndEveryKindExists() {
        Kinds kinds = loaded.kinds().orElseThrow();
        profile.all().forEach(section -> {
            assertTrue(kinds.kind(section.kind()).isPresent(), section.path());
            if (section.required()) {
                assertTrue(section.basis().isPresent(), section.path());
                assertTrue(section.minItems() >= 1, section.path());
            }
        });
    }

    @Test
    void pointsOfArticle4AreCitedAsTheDigestChecked() {
        assertEquals("điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", cite("van-ban"));
        assertEquals("điểm c khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", cite("thu-tuc-hanh-chinh"));
        assertEquals("điểm d khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", cite("pho-bien-phap-luat"));
        assertEquals("điểm đ khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", cite("quy-hoach-ke-hoach"));
        assertEquals("điểm e khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", cite("lien-he"));
        assertEquals("khoản 2 Điều 7 Nghị định 42/2022/NĐ-CP", cite("gioi-thieu/english"));
        assertEquals("Điều 11 Nghị định 13/2018/NĐ-CP", cite("tiep-can-thong-tin"));
    }

    @Test
    void theBasisTheDigestOnlyInfersIsMarkedInferred() {
        LegalBasis projects = profile.find("du-an-dau-tu").orElseThrow().basis().orElseThrow();
        assertEquals(LegalBasis.Status.INFERRED, projects.status());
        assertTrue(projects.cite(Lang.VI).contains("căn cứ suy luận"));
        assertEquals(LegalBasis.Status.CONVENTION, profile.find("hoi-dap").orElseThrow().basis().orElseThrow().status());
    }

    private String cite(String path) {
        return profile.find(path).orElseThrow().basis().orElseThrow().cite(Lang.VI);
    }
}
