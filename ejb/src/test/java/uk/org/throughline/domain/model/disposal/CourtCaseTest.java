package uk.org.throughline.domain.model.disposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.incident.PoliceRecords.DECISION_DAY;
import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.PoliceRecords;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

class CourtCaseTest {

    /** First hearing at the magistrates' court; trial and sentence later. */
    private static final LocalDate FIRST_HEARING = LocalDate.of(2026, 2, 5);
    private static final LocalDate TRIAL = LocalDate.of(2026, 4, 16);
    private static final LocalDate SENTENCE = LocalDate.of(2026, 5, 14);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final List<CommunityRequirement> BBR =
            List.of(new CommunityRequirement(RequirementType.ACCREDITED_PROGRAMME,
                    new PoliceText("Building Better Relationships", false)));

    private static CourtCase charged() {
        return new Disposal(PoliceRecords.arrest(), OutcomeType.CHARGED_OR_SUMMONSED, DecisionMaker.CPS, DECISION_DAY,
                "Sufficient evidence, victim supports", DECISION_DAY, NOW).courtCase().orElseThrow();
    }

    private static CourtCase pleadedNotGuilty() {
        CourtCase court = charged();
        court.recordPlea(Plea.NOT_GUILTY, FIRST_HEARING, TODAY, NOW);
        return court;
    }

    private static CourtCase convicted() {
        CourtCase court = charged();
        court.recordPlea(Plea.GUILTY, FIRST_HEARING, TODAY, NOW);
        return court;
    }

    @Test
    void aGuiltyPleaConvictsOnTheDay() {
        CourtCase court = convicted();
        assertEquals(Verdict.GUILTY, court.verdict());
        assertEquals(FIRST_HEARING, court.verdictOn());
        assertEquals(CourtCaseStage.AWAITING_SENTENCE, court.stage());
    }

    @Test
    void aNotGuiltyPleaGoesToTrial() {
        assertEquals(CourtCaseStage.AWAITING_TRIAL, pleadedNotGuilty().stage());
    }

    @Test
    void aPleaMayChangeBeforeTheVerdict() {
        CourtCase court = pleadedNotGuilty();
        court.recordPlea(Plea.GUILTY, TRIAL, TODAY, NOW);
        assertEquals(CourtCaseStage.AWAITING_SENTENCE, court.stage());
        assertEquals(TRIAL, court.verdictOn());
    }

    @Test
    void aGuiltyVerdictAtTrialAwaitsSentence() {
        CourtCase court = pleadedNotGuilty();
        court.recordVerdict(Verdict.GUILTY, TRIAL, TODAY, NOW);
        assertEquals(CourtCaseStage.AWAITING_SENTENCE, court.stage());
    }

    @Test
    void anAcquittalConcludesTheCaseSoNoSentenceCanFollow() {
        CourtCase court = pleadedNotGuilty();
        court.recordVerdict(Verdict.NOT_GUILTY, TRIAL, TODAY, NOW);
        assertEquals(CourtCaseStage.CONCLUDED, court.stage());
        BusinessException refused = assertThrows(BusinessException.class, () -> court.recordSentence(
                SentenceType.FINE, SENTENCE, null, List.of(), TODAY, NOW));
        assertEquals("The case is \"Concluded\", so you cannot record a sentence.", refused.getMessage());
    }

    @Test
    void noSentenceBeforeConviction() {
        BusinessException refused = assertThrows(BusinessException.class, () -> charged().recordSentence(
                SentenceType.FINE, SENTENCE, null, List.of(), TODAY, NOW));
        assertEquals("The case is \"Awaiting plea\", so you cannot record a sentence.", refused.getMessage());
    }

    @Test
    void noPleaOrVerdictAfterConviction() {
        CourtCase court = convicted();
        assertEquals("The case is \"Convicted, awaiting sentence\", so you cannot record a plea.",
                assertThrows(BusinessException.class, () -> court.recordPlea(Plea.NOT_GUILTY, TRIAL, TODAY, NOW))
                        .getMessage());
        assertEquals("The case is \"Convicted, awaiting sentence\", so you cannot record a verdict.",
                assertThrows(BusinessException.class, () -> court.recordVerdict(Verdict.NOT_GUILTY, TRIAL, TODAY, NOW))
                        .getMessage());
    }

    @Test
    void aCourtDateCannotPrecedeTheCharge() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> charged().recordPlea(Plea.GUILTY, DECISION_DAY.minusDays(1), TODAY, NOW));
        assertEquals("pleadedOn", refused.field());
        assertEquals("The date of the plea cannot be before the charge (15/01/2026)", refused.getMessage());
    }

    @Test
    void theVerdictCannotPrecedeThePlea() {
        CourtCase court = pleadedNotGuilty();
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> court.recordVerdict(Verdict.NOT_GUILTY, FIRST_HEARING.minusDays(1), TODAY, NOW));
        assertEquals("The date of the verdict cannot be before the plea (05/02/2026)", refused.getMessage());
        assertNull(court.verdict(), "a refused verdict is not recorded");
        assertEquals(CourtCaseStage.AWAITING_TRIAL, court.stage());
    }

    @Test
    void theSentenceCannotPrecedeTheConviction() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> convicted().recordSentence(
                SentenceType.FINE, FIRST_HEARING.minusDays(1), null, List.of(), TODAY, NOW));
        assertEquals("The date of sentence cannot be before the conviction (05/02/2026)", refused.getMessage());
    }

    @Test
    void aCommunityOrderNeedsARequirement() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> convicted().recordSentence(
                SentenceType.COMMUNITY_ORDER, SENTENCE, SENTENCE.plusMonths(18), List.of(), TODAY, NOW));
        assertEquals("requirements", refused.field());
    }

    @Test
    void immediateCustodyHasNoRequirements() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> convicted().recordSentence(
                SentenceType.CUSTODY, SENTENCE, null, BBR, TODAY, NOW));
        assertEquals("Immediate custody has no requirements: remove them", refused.getMessage());
    }

    @Test
    void anAccreditedProgrammeIsNamed() {
        assertThrows(InvalidFieldException.class,
                () -> new CommunityRequirement(RequirementType.ACCREDITED_PROGRAMME, new PoliceText(" ", false)));
    }

    @Test
    void aCommunityOrderIsServedUntilItEnds() {
        CourtCase court = convicted();
        LocalDate ends = SENTENCE.plusMonths(18);
        court.recordSentence(SentenceType.COMMUNITY_ORDER, SENTENCE, ends, BBR, TODAY, NOW);
        assertEquals(CourtCaseStage.CONCLUDED, court.stage());
        assertTrue(court.isServingSentenceOn(ends));
        assertFalse(court.isServingSentenceOn(ends.plusDays(1)));
    }

    @Test
    void aSentenceEndsAfterItIsPassed() {
        assertEquals("endsOn", assertThrows(InvalidFieldException.class, () -> convicted().recordSentence(
                SentenceType.COMMUNITY_ORDER, SENTENCE, SENTENCE, BBR, TODAY, NOW)).field());
    }

    @Test
    void aListedHearingHasNoResultUntilItIsHeld() {
        CourtCase court = charged();
        LocalDate listed = TODAY.plusDays(10);
        court.addHearing(listed, "Northampton Magistrates' Court", null, TODAY, NOW);
        assertEquals(listed, court.hearings().get(0).hearingDate());
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> court.addHearing(listed, "Northampton Magistrates' Court", "Adjourned", TODAY, NOW));
        assertEquals("A hearing in the future has no result yet", refused.getMessage());
    }

    @Test
    void aHearingCannotPrecedeTheCharge() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> charged().addHearing(
                DECISION_DAY.minusDays(1), "Northampton Magistrates' Court", null, TODAY, NOW));
        assertEquals("The date of the hearing cannot be before the charge (15/01/2026)", refused.getMessage());
    }

    @Test
    void aRestrainingOrderIsMadeOnlyOnceThereIsAVerdict() {
        CourtCase court = pleadedNotGuilty();
        BusinessException early = assertThrows(BusinessException.class,
                () -> court.recordRestrainingOrderMade(TRIAL, TODAY, NOW));
        assertTrue(early.getMessage().startsWith("The case is \"Awaiting trial\""), early.getMessage());

        court.recordVerdict(Verdict.NOT_GUILTY, TRIAL, TODAY, NOW);
        court.recordRestrainingOrderMade(TRIAL, TODAY, NOW);
        assertEquals(TRIAL, court.restrainingOrderMadeOn());
        BusinessException again = assertThrows(BusinessException.class,
                () -> court.recordRestrainingOrderMade(TRIAL, TODAY, NOW));
        assertEquals("A restraining order was already recorded as made on 16/04/2026", again.getMessage());
    }

    @Test
    void aRestrainingOrderCannotPrecedeTheVerdict() {
        CourtCase court = pleadedNotGuilty();
        court.recordVerdict(Verdict.NOT_GUILTY, TRIAL, TODAY, NOW);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> court.recordRestrainingOrderMade(FIRST_HEARING, TODAY, NOW));
        assertEquals("The date the order was made cannot be before the verdict (16/04/2026)", refused.getMessage());
    }
}
