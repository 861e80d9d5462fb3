package uk.org.throughline.domain.model.disposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.incident.PoliceRecords.ARRESTED_AT;
import static uk.org.throughline.domain.model.incident.PoliceRecords.DECISION_DAY;
import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;
import static uk.org.throughline.domain.model.incident.PoliceRecords.OFFENCE_DAY;
import static uk.org.throughline.domain.model.incident.PoliceRecords.SUSPECT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.BailCondition;
import uk.org.throughline.domain.model.incident.CustodyResult;
import uk.org.throughline.domain.model.incident.PoliceRecords;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

class DisposalTest {

    private static Disposal decide(OutcomeType outcome, DecisionMaker by) {
        return new Disposal(PoliceRecords.arrest(), outcome, by, DECISION_DAY, "Sufficient evidence, victim supports",
                DECISION_DAY, NOW);
    }

    @Test
    void aDisposalNeedsAnArrestOrAVoluntaryInterview() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new Disposal(null,
                OutcomeType.CHARGED_OR_SUMMONSED, DecisionMaker.CPS, DECISION_DAY, "Charged", DECISION_DAY, NOW));
        assertEquals("arrestId", refused.field());
    }

    @Test
    void aDisposalMayFollowAVoluntaryInterview() {
        VoluntaryInterview interview = new VoluntaryInterview(PoliceRecords.incident(), SUSPECT, ARRESTED_AT,
                "Corby police station", NOW);
        Disposal disposal = new Disposal(interview, OutcomeType.COMMUNITY_RESOLUTION, DecisionMaker.POLICE,
                DECISION_DAY, "Victim agrees", DECISION_DAY, NOW);
        assertEquals(interview, disposal.voluntaryInterview().orElseThrow());
        assertTrue(disposal.arrest().isEmpty());
        assertEquals(SUSPECT, disposal.personId());
    }

    @Test
    void theDecisionCannotPrecedeTheArrest() {
        Arrest arrest = PoliceRecords.arrest();
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new Disposal(arrest,
                OutcomeType.CHARGED_OR_SUMMONSED, DecisionMaker.CPS, OFFENCE_DAY.minusDays(1), "Charged", DECISION_DAY,
                NOW));
        assertEquals("decidedOn", refused.field());
        assertEquals("The decision cannot be before the arrest or interview (14/01/2026)", refused.getMessage());
    }

    @Test
    void theDecisionCannotBeInTheFuture() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new Disposal(
                PoliceRecords.arrest(), OutcomeType.CHARGED_OR_SUMMONSED, DecisionMaker.CPS, DECISION_DAY.plusDays(1),
                "Charged", DECISION_DAY, NOW));
        assertEquals("The date of the decision cannot be in the future", refused.getMessage());
    }

    @Test
    void anOutcomeOfTheCpsCannotBeRecordedAsPolice() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> decide(OutcomeType.NOT_IN_PUBLIC_INTEREST_CPS, DecisionMaker.POLICE));
        assertEquals("decisionMaker", refused.field());
        assertEquals("Outcome 9 \u2013 Prosecution not in the public interest (CPS) can only be decided by the "
                + "Crown Prosecution Service", refused.getMessage());
    }

    @Test
    void aChargeOpensACourtCaseAwaitingPlea() {
        Disposal charge = decide(OutcomeType.CHARGED_OR_SUMMONSED, DecisionMaker.CPS);
        assertEquals(CourtCaseStage.AWAITING_PLEA, charge.courtCase().orElseThrow().stage());
        assertEquals(SUSPECT, charge.courtCase().orElseThrow().personId());
    }

    @Test
    void theOutcomeLiftsTheBailConditionsOfTheArrestStillInForceThatDay() {
        Arrest arrest = PoliceRecords.arrest();
        LocalDate expires = DECISION_DAY.plusDays(28);
        arrest.recordCustodyResult(CustodyResult.BAILED_WITH_CONDITIONS, DECISION_DAY,
                List.of(new BailCondition.Terms(
                        new PoliceText("Not to contact the victim directly or indirectly", false), expires)),
                DECISION_DAY, NOW);
        LocalDate decided = DECISION_DAY.plusDays(7);

        new Disposal(arrest, OutcomeType.COMMUNITY_RESOLUTION, DecisionMaker.POLICE, decided, "Victim agrees",
                decided, NOW);

        BailCondition noContact = arrest.bailConditions().get(0);
        assertEquals(decided, noContact.liftedOn());
        assertTrue(arrest.bailConditionsInForceOn(decided).isEmpty(), "no longer in force once the outcome is decided");
        assertTrue(noContact.isInForceOn(decided.minusDays(1)), "it was in force until then");
    }

    @Test
    void anArrestHasOneOutcome() {
        Disposal first = decide(OutcomeType.COMMUNITY_RESOLUTION, DecisionMaker.POLICE);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> first.requireMayBeFollowedBy(OutcomeType.CHARGED_OR_SUMMONSED, false));
        assertEquals("arrestId", refused.field());
        assertEquals("Outcome 8 \u2013 Community resolution was already recorded for this arrest on 15/01/2026: an "
                + "arrest has one outcome, unless a conditional caution fails and prosecution is decided",
                refused.getMessage());
    }

    @Test
    void aVoluntaryInterviewHasOneOutcome() {
        VoluntaryInterview interview = new VoluntaryInterview(PoliceRecords.incident(), SUSPECT, ARRESTED_AT,
                "Corby police station", NOW);
        Disposal first = new Disposal(interview, OutcomeType.COMMUNITY_RESOLUTION, DecisionMaker.POLICE,
                DECISION_DAY, "Victim agrees", DECISION_DAY, NOW);
        assertEquals("voluntaryInterviewId", assertThrows(InvalidFieldException.class,
                () -> first.requireMayBeFollowedBy(OutcomeType.COMMUNITY_RESOLUTION, false)).field());
    }

    @Test
    void onlyAChargeMayFollowACautionDecidedToBeProsecuted() {
        Disposal caution = decide(OutcomeType.CAUTION_ADULT, DecisionMaker.POLICE);
        caution.requireMayBeFollowedBy(OutcomeType.CHARGED_OR_SUMMONSED, true);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> caution.requireMayBeFollowedBy(OutcomeType.COMMUNITY_RESOLUTION, true));
        assertTrue(refused.getMessage().endsWith("only the charge of the original offence can follow"),
                refused.getMessage());
    }

    @Test
    void aCautionOpensNoCourtCase() {
        assertTrue(decide(OutcomeType.CAUTION_ADULT, DecisionMaker.POLICE).courtCase().isEmpty());
    }
}
