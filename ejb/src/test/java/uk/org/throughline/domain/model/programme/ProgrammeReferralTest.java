package uk.org.throughline.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;
import static uk.org.throughline.domain.model.incident.PoliceRecords.SUSPECT;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.caution.CautionRecords;
import uk.org.throughline.domain.model.caution.ConditionalCaution;

class ProgrammeReferralTest {

    private static final long CAUTION_ID = 7;

    /** Stands in for the database, which gives the caution its id when it is saved. */
    private static ConditionalCaution saved(ConditionalCaution caution) throws ReflectiveOperationException {
        Field id = ConditionalCaution.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(caution, CAUTION_ID);
        return caution;
    }

    @Test
    void aProgrammeConditionRefersThePersonOnTheDayOfTheCaution() throws ReflectiveOperationException {
        ConditionalCaution caution = saved(CautionRecords.give(
                c -> c.conditions = List.of(CautionRecords.NO_CONTACT, CautionRecords.ATTEND_PIPA)));
        ProgrammeReferral referral = ProgrammeReferral.forCautionCondition(caution,
                caution.programmeConditions().get(0), "PC 1234 Jane Doe", NOW);
        assertEquals(SUSPECT, referral.personId());
        assertEquals("Project PIPA", referral.programmeName());
        assertEquals(ReferralRoute.CONDITIONAL_CAUTION, referral.route());
        assertEquals(ReferralStatus.RECEIVED, referral.status());
        assertEquals(CautionRecords.CAUTION_DAY, referral.referredOn());
        assertEquals("PC 1234 Jane Doe", referral.referredBy());
        assertEquals(CAUTION_ID, referral.conditionalCautionId());
    }

    @Test
    void onlyAProgrammeConditionMakesAReferral() throws ReflectiveOperationException {
        ConditionalCaution caution = saved(CautionRecords.give(
                c -> c.conditions = List.of(CautionRecords.ATTEND_PIPA, CautionRecords.NO_CONTACT)));
        assertThrows(IllegalArgumentException.class, () -> ProgrammeReferral.forCautionCondition(caution,
                caution.conditions().get(1), "PC 1234 Jane Doe", NOW));
    }

    @Test
    void aReferralIsNotMadeForAnUnsavedCaution() {
        ConditionalCaution caution = CautionRecords.give();
        assertThrows(IllegalStateException.class, () -> ProgrammeReferral.forCautionCondition(caution,
                caution.conditions().get(0), "PC 1234 Jane Doe", NOW));
    }
}
