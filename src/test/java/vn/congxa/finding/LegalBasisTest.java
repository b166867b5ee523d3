package vn.congxa.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LegalBasisTest {

    private static final LegalBasis.Instrument DECREE_42 = new LegalBasis.Instrument("Nghị định 42/2022/NĐ-CP", "Decree 42/2022/ND-CP");

    @Test
    void aCheckedBasisIsCitedAsVietnameseLegalTextsCiteAndInEnglish() {
        LegalBasis basis = new LegalBasis(DECREE_42, "4", "1", "a", LegalBasis.Status.CHECKED, "");
        assertEquals("điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP", basis.cite(Lang.VI));
        assertEquals("Decree 42/2022/ND-CP, Article 4(1)(a)", basis.cite(Lang.EN));
    }

    @Test
    void anInferredBasisSaysSoWithItsNote() {
        LegalBasis basis = new LegalBasis(DECREE_42, "4", "1", "", LegalBasis.Status.INFERRED, "suy ra từ Luật 104/2016/QH13");
        assertEquals("khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP; căn cứ suy luận, chưa đối chiếu nguyên văn: suy ra từ Luật 104/2016/QH13",
                basis.cite(Lang.VI));
        assertEquals("Decree 42/2022/ND-CP, Article 4(1); inferred basis, not checked against the text: suy ra từ Luật 104/2016/QH13",
                basis.cite(Lang.EN));
    }

    @Test
    void aConventionIsNeverPresentedAsAnObligation() {
        LegalBasis basis = new LegalBasis(new LegalBasis.Instrument("Nghị định 43/2011/NĐ-CP", "Decree 43/2011/ND-CP"), "", "", "",
                LegalBasis.Status.CONVENTION, "");
        assertEquals("thông lệ (không bắt buộc) theo Nghị định 43/2011/NĐ-CP", basis.cite(Lang.VI));
    }
}
