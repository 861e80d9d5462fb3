package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.caution.CautionRecords.ATTEND_PIPA;
import static uk.org.throughline.domain.model.caution.CautionRecords.CAUTION_DAY;
import static uk.org.throughline.domain.model.caution.CautionRecords.DEFAULT_DEADLINE;
import static uk.org.throughline.domain.model.caution.CautionRecords.NO_CONTACT;
import static uk.org.throughline.domain.model.caution.CautionRecords.give;
import static uk.org.throughline.domain.model.incident.PoliceRecords.NOW;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.org.throughline.domain.model.disposal.CourtCaseStage;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

/** The caution's state machine: conditions complied with or failed, withdrawal, and the decision after failure. */
class CautionComplianceTest {

    private static final LocalDate FIRST_WORKSHOP = LocalDate.of(2026, 2, 12);
    private static final LocalDate MISSED_WORKSHOP = LocalDate.of(2026, 3, 12);
    /** Long after the deadline (07/05/2026) and the time limit (14/07/2026). */
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private final ConditionalCaution caution = give(c -> c.conditions = List.of(ATTEND_PIPA, NO_CONTACT));
    private final CautionCondition pipa = caution.conditions().get(0);
    private final CautionCondition noContact = caution.conditions().get(1);

    private void change(CautionCondition condition, ComplianceStatus next, LocalDate on, String note) {
        caution.changeConditionStatus(condition, next, on, new PoliceText(note, false), TODAY, NOW);
    }

    private void failPipa(LocalDate on) {
        change(pipa, ComplianceStatus.FAILED, on, "Did not attend the second workshop; no reason given");
    }

    private void decide(NonComplianceOutcome outcome, LocalDate on) {
        caution.recordNonComplianceDecision(outcome, DecisionMaker.POLICE, on, "Failed without reasonable excuse",
                TODAY, NOW);
    }

    @Test
    void complyingWithOneConditionLeavesTheCautionActive() {
        change(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        assertEquals(ComplianceStatus.COMPLIED, pipa.status());
        assertEquals(FIRST_WORKSHOP, pipa.statusChangedOn());
        assertEquals(ComplianceStatus.ACTIVE, caution.status());
    }

    @Test
    void theCautionIsCompliedWithWhenNoConditionIsLeftActive() {
        change(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        change(noContact, ComplianceStatus.COMPLIED, DEFAULT_DEADLINE, null);
        assertEquals(ComplianceStatus.COMPLIED, caution.status());
        assertEquals(DEFAULT_DEADLINE, caution.statusChangedOn());
        assertFalse(caution.isComplianceOpen());
    }

    @Test
    void oneFailedConditionFailsTheCaution() {
        failPipa(MISSED_WORKSHOP);
        assertEquals(ComplianceStatus.FAILED, caution.status());
        assertEquals(MISSED_WORKSHOP, caution.statusChangedOn());
        assertEquals("Did not attend the second workshop; no reason given", pipa.statusNote().text());
        assertEquals(ComplianceStatus.ACTIVE, noContact.status());
        assertTrue(caution.isAwaitingDecision(MISSED_WORKSHOP));
    }

    @Test
    void onceTheCautionHasFailedItsConditionsNoLongerChange() {
        failPipa(MISSED_WORKSHOP);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> change(noContact, ComplianceStatus.COMPLIED, DEFAULT_DEADLINE, null));
        assertEquals("The caution is \"Failed\", so the status of its conditions can no longer change.",
                refused.getMessage());
    }

    @Test
    void aFailureNeedsAReason() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> change(pipa, ComplianceStatus.FAILED, MISSED_WORKSHOP, "  "));
        assertEquals("note", refused.field());
        assertEquals("Say why the condition is failed", refused.getMessage());
    }

    @Test
    void aConditionMetAfterTheDeadlineWasNotMetInTime() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> change(pipa, ComplianceStatus.COMPLIED, DEFAULT_DEADLINE.plusDays(1), null));
        assertEquals("Compliance was due by 07/05/2026: a condition met after the deadline was not met in time, "
                + "so record it as failed", refused.getMessage());
        assertEquals(ComplianceStatus.ACTIVE, pipa.status());
    }

    @Test
    void aConditionOnceCompliedWithCannotFailWhateverElseIsEntered() {
        change(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> change(pipa, ComplianceStatus.FAILED, MISSED_WORKSHOP, null));
        assertEquals("The condition \"Attend and complete Project PIPA\" is \"Complied\", so it cannot become "
                + "\"Failed\".", refused.getMessage());
        assertEquals(ComplianceStatus.ACTIVE, caution.status());
    }

    @Test
    void aChangeCannotPrecedeTheCaution() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> change(pipa, ComplianceStatus.COMPLIED, CAUTION_DAY.minusDays(1), null));
        assertEquals("The date of the change cannot be before the caution (15/01/2026)", refused.getMessage());
    }

    @Test
    void aChangeCannotBeInTheFuture() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> caution.changeConditionStatus(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, PoliceText.NONE,
                        FIRST_WORKSHOP.minusDays(1), NOW));
        assertEquals("The date of the change cannot be in the future", refused.getMessage());
    }

    @Test
    void oneOfSeveralActiveConditionsMayBeWithdrawn() {
        change(noContact, ComplianceStatus.WITHDRAWN, FIRST_WORKSHOP, "Victim asked for contact about the children");
        assertEquals(ComplianceStatus.WITHDRAWN, noContact.status());
        assertEquals(ComplianceStatus.ACTIVE, caution.status());
    }

    @Test
    void theLastActiveConditionIsNotWithdrawnButTheCautionIs() {
        change(noContact, ComplianceStatus.WITHDRAWN, FIRST_WORKSHOP, "Victim asked for contact about the children");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> change(pipa, ComplianceStatus.WITHDRAWN, FIRST_WORKSHOP, "Course cancelled"));
        assertEquals("This is the caution's last active condition: withdraw the caution instead.",
                refused.getMessage());
        assertEquals(ComplianceStatus.ACTIVE, pipa.status());
    }

    @Test
    void withdrawingTheLastActiveConditionAfterOthersWereMetCompletesTheCaution() {
        change(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        change(noContact, ComplianceStatus.WITHDRAWN, MISSED_WORKSHOP, "Victim asked for contact about the children");
        assertEquals(ComplianceStatus.COMPLIED, caution.status());
    }

    @Test
    void withdrawingTheCautionWithdrawsItsActiveConditions() {
        change(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        caution.withdraw("Given in error: the victim's views were not sought", MISSED_WORKSHOP, TODAY, NOW);
        assertEquals(ComplianceStatus.WITHDRAWN, caution.status());
        assertEquals("Given in error: the victim's views were not sought", caution.withdrawalReason());
        assertEquals(List.of(ComplianceStatus.COMPLIED, ComplianceStatus.WITHDRAWN),
                caution.conditions().stream().map(CautionCondition::status).toList());
        assertFalse(caution.isComplianceOpen());
    }

    @Test
    void aWithdrawalNeedsAReason() {
        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> caution.withdraw(" ", MISSED_WORKSHOP, TODAY, NOW)).field());
    }

    @Test
    void aCautionNoLongerActiveCannotBeWithdrawn() {
        change(pipa, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        change(noContact, ComplianceStatus.COMPLIED, FIRST_WORKSHOP, null);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> caution.withdraw("Given in error", MISSED_WORKSHOP, TODAY, NOW));
        assertEquals("The caution is \"Complied\", so it cannot become \"Withdrawn\".", refused.getMessage());
    }

    @Test
    void aNonComplianceDecisionFollowsOnlyAFailure() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> decide(NonComplianceOutcome.NO_FURTHER_ACTION, MISSED_WORKSHOP));
        assertEquals("The caution is \"Active\": a non-compliance decision is made only after it has failed.",
                refused.getMessage());
    }

    @Test
    void theDecisionOnAFailureIsRecorded() {
        failPipa(MISSED_WORKSHOP);
        decide(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, MISSED_WORKSHOP.plusDays(7));
        assertEquals(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, caution.decision());
        assertEquals(DecisionMaker.POLICE, caution.decisionMaker());
        assertEquals("Failed without reasonable excuse", caution.decisionReason());
        assertEquals(ComplianceStatus.FAILED, caution.status());
        assertFalse(caution.isAwaitingDecision(TODAY));
        assertFalse(caution.isComplianceOpen());
        assertTrue(caution.isDecidedToProsecute(), "the original offence may now be charged");
    }

    @Test
    void aDecisionToProsecuteChargesTheOriginalOffenceOnTheSameArrest() {
        failPipa(MISSED_WORKSHOP);
        decide(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, MISSED_WORKSHOP.plusDays(7));
        Disposal charge = caution.prosecution().orElseThrow();
        assertEquals(OutcomeType.CHARGED_OR_SUMMONSED, charge.outcomeType());
        assertEquals(MISSED_WORKSHOP.plusDays(7), charge.decidedOn());
        assertEquals(DecisionMaker.POLICE, charge.decisionMaker());
        assertEquals(caution.disposal().arrest(), charge.arrest(), "charged on the arrest the caution followed");
        assertEquals("Charged with the original offence, Common assault (battery), after the conditional caution "
                + "failed", charge.reason());
        assertEquals(CourtCaseStage.AWAITING_PLEA, charge.courtCase().orElseThrow().stage(),
                "the charge opens the court case");
    }

    @Test
    void noFurtherActionOnAFailureIsNoDecisionToProsecute() {
        failPipa(MISSED_WORKSHOP);
        assertFalse(caution.isDecidedToProsecute(), "no decision yet");
        decide(NonComplianceOutcome.NO_FURTHER_ACTION, MISSED_WORKSHOP.plusDays(7));
        assertFalse(caution.isDecidedToProsecute());
        assertTrue(caution.prosecution().isEmpty(), "nothing is charged");
    }

    @Test
    void theDecisionIsMadeOnlyOnce() {
        failPipa(MISSED_WORKSHOP);
        decide(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, LocalDate.of(2026, 3, 20));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> decide(NonComplianceOutcome.NO_FURTHER_ACTION, LocalDate.of(2026, 3, 21)));
        assertEquals("The non-compliance decision was already recorded on 20/03/2026 (Prosecute the original offence).",
                refused.getMessage());
    }

    @Test
    void theDecisionCannotPrecedeTheFailure() {
        failPipa(MISSED_WORKSHOP);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> decide(NonComplianceOutcome.NO_FURTHER_ACTION, MISSED_WORKSHOP.minusDays(1)));
        assertEquals("decidedOn", refused.field());
        assertEquals("The date of the decision cannot be before the caution failed (12/03/2026)", refused.getMessage());
    }

    @Test
    void prosecutionIsRefusedOnceTheTimeLimitHasPassed() {
        LocalDate afterLimit = LocalDate.of(2026, 7, 15);
        failPipa(MISSED_WORKSHOP);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> decide(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, afterLimit));
        assertEquals("The 6-month time limit to charge Common assault (battery) passed on 14/07/2026: "
                + "the original offence can no longer be prosecuted", refused.getMessage());
        decide(NonComplianceOutcome.NO_FURTHER_ACTION, afterLimit);
        assertEquals(NonComplianceOutcome.NO_FURTHER_ACTION, caution.decision());
    }

    @Test
    void prosecutionIsAllowedOnTheLastDayOfTheTimeLimit() {
        failPipa(MISSED_WORKSHOP);
        decide(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, LocalDate.of(2026, 7, 14));
        assertEquals(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, caution.decision());
    }

    @ParameterizedTest
    @EnumSource(value = OffenceClass.class, names = {"EITHER_WAY", "INDICTABLE_ONLY"})
    void anOffenceWithoutASummaryTimeLimitCanBeProsecutedLater(OffenceClass offenceClass) {
        Offence offence = new Offence("Criminal damage", offenceClass, CAUTION_DAY.minusDays(1), CAUTION_DAY);
        ConditionalCaution forDamage = give(c -> c.offence = offence);
        forDamage.changeConditionStatus(forDamage.conditions().get(0), ComplianceStatus.FAILED, MISSED_WORKSHOP,
                new PoliceText("Did not attend", false), TODAY, NOW);
        forDamage.recordNonComplianceDecision(NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE, DecisionMaker.CPS,
                TODAY, "Failed without reasonable excuse", TODAY, NOW);
        assertEquals(DecisionMaker.CPS, forDamage.decisionMaker());
    }

    @Test
    void anActiveCautionPastItsDeadlineAwaitsADecision() {
        assertFalse(caution.isAwaitingDecision(DEFAULT_DEADLINE));
        assertTrue(caution.isAwaitingDecision(DEFAULT_DEADLINE.plusDays(1)));
    }

    @Test
    void theTimeLimitIsWarnedAboutOnlyWhileComplianceIsOpen() {
        LocalDate nearTheLimit = LocalDate.of(2026, 7, 1);
        assertTrue(caution.timeLimitWarning(nearTheLimit, CautionTimescales.DEFAULTS).isPresent());
        failPipa(MISSED_WORKSHOP);
        assertTrue(caution.timeLimitWarning(nearTheLimit, CautionTimescales.DEFAULTS).isPresent());
        decide(NonComplianceOutcome.NO_FURTHER_ACTION, MISSED_WORKSHOP);
        assertTrue(caution.timeLimitWarning(nearTheLimit, CautionTimescales.DEFAULTS).isEmpty());
    }

    @Test
    void onlyAnActiveStatusChanges() {
        for (ComplianceStatus from : ComplianceStatus.values()) {
            for (ComplianceStatus to : ComplianceStatus.values()) {
                assertEquals(from == ComplianceStatus.ACTIVE && to != ComplianceStatus.ACTIVE, from.canBecome(to),
                        from + " to " + to);
            }
        }
    }
}
