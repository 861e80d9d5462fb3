package uk.org.throughline.domain.model.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.incident.PoliceRecords.ARRESTED_AT;
import static uk.org.throughline.domain.model.incident.PoliceRecords.DECISION_DAY;
import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;
import static uk.org.throughline.domain.model.incident.PoliceRecords.OCCURRED_AT;
import static uk.org.throughline.domain.model.incident.PoliceRecords.OFFENCE_DAY;
import static uk.org.throughline.domain.model.incident.PoliceRecords.SUSPECT;
import static uk.org.throughline.domain.model.incident.PoliceRecords.VICTIM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

class ArrestTest {

    private static final BailCondition.Terms NO_CONTACT =
            new BailCondition.Terms(new PoliceText("Not to contact the victim directly or indirectly", false),
                    LocalDate.of(2026, 2, 12));
    private static final BailCondition.Terms STAY_AWAY =
            new BailCondition.Terms(new PoliceText("Not to enter Corby town centre", false), LocalDate.of(2026, 3, 12));

    private static Arrest arrestOf(long personId, Instant at) {
        return new Arrest(PoliceRecords.incident(), personId, "NC/1234/26", at, "Weston Favell", NOW);
    }

    /** What a fresh arrest refuses as its first custody result, recorded on {@link PoliceRecords#DECISION_DAY}. */
    private static InvalidFieldException refusedResult(CustodyResult result, LocalDate decidedOn,
            List<BailCondition.Terms> conditions) {
        return assertThrows(InvalidFieldException.class, () -> PoliceRecords.arrest()
                .recordCustodyResult(result, decidedOn, conditions, DECISION_DAY, NOW));
    }

    private static Arrest bailed() {
        Arrest arrest = PoliceRecords.arrest();
        arrest.recordCustodyResult(CustodyResult.BAILED_WITH_CONDITIONS, DECISION_DAY, List.of(NO_CONTACT),
                DECISION_DAY, NOW);
        return arrest;
    }

    @Test
    void anArrestCannotPrecedeItsIncident() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> arrestOf(SUSPECT, OCCURRED_AT.minusSeconds(60)));
        assertEquals("arrestedAt", refused.field());
        assertEquals("The time of arrest cannot be before the incident happened", refused.getMessage());
    }

    @Test
    void anArrestCannotBeInTheFuture() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> arrestOf(SUSPECT, NOW.plusSeconds(60)));
        assertEquals("The time of arrest cannot be in the future", refused.getMessage());
    }

    @Test
    void onlyASuspectOfTheIncidentCanBeArrested() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> arrestOf(VICTIM, ARRESTED_AT));
        assertEquals("personId", refused.field());
        assertTrue(refused.getMessage().startsWith("This person is not recorded as a suspect in incident NP/26/004512"),
                refused.getMessage());
    }

    @Test
    void onlyASuspectCanBeInterviewedVoluntarily() {
        assertThrows(InvalidFieldException.class, () -> new VoluntaryInterview(PoliceRecords.incident(), VICTIM,
                ARRESTED_AT, "Corby police station", NOW));
        VoluntaryInterview interview = new VoluntaryInterview(PoliceRecords.incident(), SUSPECT, ARRESTED_AT,
                "Corby police station", NOW);
        assertEquals(OFFENCE_DAY, interview.date());
    }

    @Test
    void aSuspectIsInCustodyUntilTheResultIsRecorded() {
        Arrest arrest = PoliceRecords.arrest();
        assertNull(arrest.custodyResult());
        assertEquals(OFFENCE_DAY, arrest.date());
    }

    @Test
    void bailWithConditionsNeedsConditions() {
        InvalidFieldException refused = refusedResult(CustodyResult.BAILED_WITH_CONDITIONS, DECISION_DAY, List.of());
        assertEquals("bailConditions", refused.field());
    }

    @Test
    void releaseUnderInvestigationHasNoConditions() {
        InvalidFieldException refused =
                refusedResult(CustodyResult.RELEASED_UNDER_INVESTIGATION, DECISION_DAY, List.of(NO_CONTACT));
        assertEquals("\"Released under investigation\" has no bail conditions: remove them", refused.getMessage());
    }

    @Test
    void theCustodyDecisionCannotPrecedeTheArrest() {
        InvalidFieldException refused =
                refusedResult(CustodyResult.RELEASED_UNDER_INVESTIGATION, OFFENCE_DAY.minusDays(1), List.of());
        assertEquals("The custody decision cannot be before 14/01/2026", refused.getMessage());
    }

    @Test
    void aCustodyDecisionCannotBeInTheFuture() {
        InvalidFieldException refused =
                refusedResult(CustodyResult.RELEASED_UNDER_INVESTIGATION, DECISION_DAY.plusDays(1), List.of());
        assertEquals("decidedOn", refused.field());
    }

    @Test
    void aBailConditionCannotExpireBeforeItIsImposed() {
        BailCondition.Terms expired =
                new BailCondition.Terms(new PoliceText("Not to contact the victim", false), OFFENCE_DAY);
        InvalidFieldException refused =
                refusedResult(CustodyResult.BAILED_WITH_CONDITIONS, DECISION_DAY, List.of(expired));
        assertEquals("The condition \"Not to contact the victim\" cannot expire before it was imposed",
                refused.getMessage());
    }

    @Test
    void aBailConditionIsInForceFromTheDecisionToItsExpiry() {
        Arrest arrest = bailed();
        assertEquals(1, arrest.bailConditionsInForceOn(DECISION_DAY).size());
        assertEquals(1, arrest.bailConditionsInForceOn(NO_CONTACT.expiresOn()).size());
        assertTrue(arrest.bailConditionsInForceOn(NO_CONTACT.expiresOn().plusDays(1)).isEmpty());
        assertTrue(arrest.bailConditionsInForceOn(OFFENCE_DAY).isEmpty());
    }

    @Test
    void bailIsInterimSoAFinalResultMayFollow() {
        Arrest arrest = bailed();
        LocalDate charged = LocalDate.of(2026, 1, 29);
        arrest.recordCustodyResult(CustodyResult.CHARGED_BAILED, charged, List.of(STAY_AWAY), charged, NOW);
        assertEquals(CustodyResult.CHARGED_BAILED, arrest.custodyResult());
        assertEquals(charged, arrest.resultOn());
    }

    @Test
    void aNewBailDecisionLiftsTheEarlierConditionsButKeepsTheirHistory() {
        Arrest arrest = bailed();
        LocalDate rebailed = LocalDate.of(2026, 1, 29);
        arrest.recordCustodyResult(CustodyResult.BAILED_WITH_CONDITIONS, rebailed, List.of(STAY_AWAY), rebailed, NOW);

        BailCondition noContact = arrest.bailConditions().get(0);
        assertEquals(rebailed, noContact.liftedOn());
        assertFalse(noContact.isInForceOn(rebailed));
        assertTrue(noContact.isInForceOn(rebailed.minusDays(1)), "it was in force before it was lifted");
        assertEquals(List.of(STAY_AWAY.wording()),
                arrest.bailConditionsInForceOn(rebailed).stream().map(BailCondition::wording).toList());
    }

    @Test
    void releaseUnderInvestigationLiftsBailConditions() {
        Arrest arrest = bailed();
        LocalDate released = LocalDate.of(2026, 1, 20);
        arrest.recordCustodyResult(CustodyResult.RELEASED_UNDER_INVESTIGATION, released, List.of(), released, NOW);
        assertTrue(arrest.bailConditionsInForceOn(released).isEmpty());
    }

    @Test
    void aLaterDecisionCannotPrecedeTheEarlierOne() {
        Arrest arrest = bailed();
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> arrest.recordCustodyResult(
                CustodyResult.RELEASED_UNDER_INVESTIGATION, OFFENCE_DAY, List.of(), DECISION_DAY, NOW));
        assertEquals("The custody decision cannot be before 15/01/2026", refused.getMessage());
    }

    @Test
    void aFinalResultCannotBeChanged() {
        Arrest arrest = PoliceRecords.arrest();
        arrest.recordCustodyResult(CustodyResult.CHARGED_REMANDED, DECISION_DAY, List.of(), DECISION_DAY, NOW);
        BusinessException refused = assertThrows(BusinessException.class, () -> arrest.recordCustodyResult(
                CustodyResult.RELEASED_UNDER_INVESTIGATION, DECISION_DAY, List.of(), DECISION_DAY, NOW));
        assertEquals("The custody result is already \"Charged and remanded in custody\", which is final: it cannot be "
                + "changed to \"Released under investigation\".", refused.getMessage());
    }
}
