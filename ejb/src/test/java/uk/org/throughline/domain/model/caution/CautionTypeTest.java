package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.shared.InvalidFieldException;

/** The statutory ages of a caution as the outcome form checks them for a simple caution (codes 2 and 3). */
class CautionTypeTest {

    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 1, 15);

    @Test
    void theCautionOutcomesAreCountedAsTheirType() {
        assertEquals(Optional.of(CautionType.YOUTH), CautionType.countedAs(OutcomeType.CAUTION_YOUTH));
        assertEquals(Optional.of(CautionType.ADULT), CautionType.countedAs(OutcomeType.CAUTION_ADULT));
        assertEquals(Optional.empty(), CautionType.countedAs(OutcomeType.COMMUNITY_RESOLUTION));
    }

    @Test
    void aSimpleAdultCautionIsForEighteenAndOver() {
        assertEquals(18, CautionType.ADULT.checkAgeRange(DECIDED_ON.minusYears(18), DECIDED_ON, "outcomeType",
                "caution"));
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> CautionType.ADULT
                .checkAgeRange(DECIDED_ON.minusYears(16), DECIDED_ON, "outcomeType", "caution"));
        assertEquals("outcomeType", refused.field());
        assertEquals("An adult caution is for people aged 18 or over; this person is 16. Use a youth caution.",
                refused.getMessage());
    }

    @Test
    void aSimpleYouthCautionIsForTenToSeventeen() {
        assertEquals(10, CautionType.YOUTH.checkAgeRange(DECIDED_ON.minusYears(10), DECIDED_ON, "outcomeType",
                "caution"));
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> CautionType.YOUTH
                .checkAgeRange(DECIDED_ON.minusYears(30), DECIDED_ON, "outcomeType", "caution"));
        assertEquals("A youth caution is for people aged 10 to 17; this person is 30.", refused.getMessage());
    }

    @Test
    void theAgeNeedsADateOfBirth() {
        assertEquals("dateOfBirth", assertThrows(InvalidFieldException.class,
                () -> CautionType.YOUTH.checkAgeRange(null, DECIDED_ON, "outcomeType", "caution")).field());
    }
}
