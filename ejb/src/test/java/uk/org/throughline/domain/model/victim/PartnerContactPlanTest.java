package uk.org.throughline.domain.model.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralDetails;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;

class PartnerContactPlanTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final long VICTIM = 40;
    private static final long PERPETRATOR = 41;

    private final BankHolidays holidays = SeededBankHolidays.table();
    private final PartnerContactTimescales timescales = PartnerContactTimescales.DEFAULTS;
    private final VictimRecord victim = new VictimRecord(VICTIM, new VictimDetails("partner.demo", null, null, false,
            null, null, null, null, null, null, false, null, false, Consent.NOT_ASKED, null), List.of(), List.of(),
            TODAY, NOW);

    /** A court-ordered referral to Building Better Relationships made on {@code referredOn}. */
    private static ProgrammeReferral referredOn(LocalDate referredOn) {
        return ProgrammeReferral.refer(ProgrammeRecords.buildingBetterRelationships(), new ReferralDetails(PERPETRATOR,
                ReferralRoute.COURT_ORDER, referredOn, 5L, null, "po.green"), ProgrammeRecords.facts(), null,
                "po.green", TODAY, NOW);
    }

    private PartnerContactPlan planReferredOn(LocalDate referredOn) {
        return new PartnerContactPlan(victim, referredOn(referredOn), holidays, timescales, NOW);
    }

    private static ContactAttempt attempt(LocalDate on, ContactOutcome outcome) {
        return new ContactAttempt(on, ContactMethod.PHONE, outcome, null, null, null, "partner.demo", TODAY, NOW);
    }

    /** Logs a phone call on {@code on}; true when it is the one to escalate. */
    private boolean call(PartnerContactPlan plan, LocalDate on, ContactOutcome outcome, ProgrammeStage stage) {
        return plan.record(attempt(on, outcome), stage, holidays, timescales, NOW);
    }

    @Test
    void theFirstContactIsDueFiveWorkingDaysAfterTheReferralSteppingOverChristmas() {
        // Monday 21/12/2026: Christmas Day and the Boxing Day substitute are not working days
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 12, 21));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 30)), plan.nextContactDue());
        assertEquals("Initial contact", plan.nextContactReason());
        assertEquals(LocalDate.of(2026, 12, 21), plan.openedOn());
    }

    @Test
    void theInitialWorkingDaysAreConfigurable() {
        PartnerContactTimescales threeDays = PartnerContactTimescales.from(
                name -> name.equals("throughline.partner-contact.initial-working-days") ? "3" : null);
        PartnerContactPlan plan = new PartnerContactPlan(victim, referredOn(LocalDate.of(2027, 1, 8)), holidays,
                threeDays, NOW);
        // Friday 08/01/2027 + 3 working days = Wednesday 13/01/2027
        assertEquals(Optional.of(LocalDate.of(2027, 1, 13)), plan.nextContactDue());
        assertEquals(28, threeDays.intervalDays());
    }

    @Test
    void whileTheProgrammeRunsTheNextContactIsAnIntervalLaterOnAWorkingDay() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        // 03/08/2026 + 28 days = Monday 31/08/2026, the summer bank holiday: due the Tuesday
        call(plan, LocalDate.of(2026, 8, 3), ContactOutcome.MADE, ProgrammeStage.RUNNING);
        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), plan.nextContactDue());
        assertEquals("Regular contact while the programme runs", plan.nextContactReason());
    }

    @Test
    void beforeHisStartNothingIsDueAfterTheFirstContactAndHisStartBringsTheNext() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        call(plan, LocalDate.of(2026, 7, 6), ContactOutcome.MADE, ProgrammeStage.NOT_STARTED);
        assertEquals(Optional.empty(), plan.nextContactDue());
        plan.perpetratorEvent("He started the programme", LocalDate.of(2026, 7, 16), holidays, timescales, NOW);
        // Thursday 16/07/2026 + 2 working days = Monday 20/07/2026
        assertEquals(Optional.of(LocalDate.of(2026, 7, 20)), plan.nextContactDue());
        assertEquals("He started the programme", plan.nextContactReason());
    }

    @Test
    void anEventDoesNotPostponeAContactDueSooner() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        plan.perpetratorEvent("He left the programme without completing it", LocalDate.of(2026, 7, 7), holidays,
                timescales, NOW);
        assertEquals(Optional.of(LocalDate.of(2026, 7, 8)), plan.nextContactDue());
        assertEquals("Initial contact", plan.nextContactReason());
    }

    @Test
    void onTheSameDueDayTheLatestEventIsTheReason() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        plan.perpetratorEvent("He started the programme", LocalDate.of(2026, 7, 2), holidays, timescales, NOW);
        plan.perpetratorEvent("He left the programme without completing it", LocalDate.of(2026, 7, 2), holidays,
                timescales, NOW);
        assertEquals(Optional.of(LocalDate.of(2026, 7, 6)), plan.nextContactDue());
        assertEquals("He left the programme without completing it", plan.nextContactReason());
    }

    @Test
    void aContactAfterTheProgrammeEndedClosesThePlan() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        plan.perpetratorEvent("He completed the programme", LocalDate.of(2026, 7, 3), holidays, timescales, NOW);
        call(plan, LocalDate.of(2026, 7, 6), ContactOutcome.MADE, ProgrammeStage.ENDED);
        assertEquals(LocalDate.of(2026, 7, 6), plan.closedOn());
        assertEquals(Optional.empty(), plan.nextContactDue());
        assertThrows(BusinessException.class, () -> call(plan, LocalDate.of(2026, 7, 7), ContactOutcome.MADE,
                ProgrammeStage.ENDED));
    }

    @Test
    void theThirdFailedAttemptInARowEscalatesOnceAndTheDueDateStands() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        assertFalse(call(plan, LocalDate.of(2026, 7, 6), ContactOutcome.NO_ANSWER, ProgrammeStage.NOT_STARTED));
        assertFalse(call(plan, LocalDate.of(2026, 7, 7), ContactOutcome.UNSAFE_TO_TALK, ProgrammeStage.NOT_STARTED));
        assertTrue(call(plan, LocalDate.of(2026, 7, 9), ContactOutcome.NO_ANSWER, ProgrammeStage.NOT_STARTED));
        assertEquals(LocalDate.of(2026, 7, 9), plan.escalatedOn());
        assertFalse(call(plan, LocalDate.of(2026, 7, 10), ContactOutcome.NO_ANSWER, ProgrammeStage.NOT_STARTED));
        assertEquals(Optional.of(LocalDate.of(2026, 7, 8)), plan.nextContactDue());
        assertTrue(plan.isOverdueOn(LocalDate.of(2026, 7, 10)));
        assertEquals(4, plan.failedAttempts());
    }

    @Test
    void reachingHerResetsTheFailedAttempts() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        call(plan, LocalDate.of(2026, 7, 6), ContactOutcome.NO_ANSWER, ProgrammeStage.RUNNING);
        call(plan, LocalDate.of(2026, 7, 7), ContactOutcome.NO_ANSWER, ProgrammeStage.RUNNING);
        call(plan, LocalDate.of(2026, 7, 8), ContactOutcome.DECLINED, ProgrammeStage.RUNNING);
        assertEquals(0, plan.failedAttempts());
        assertFalse(call(plan, LocalDate.of(2026, 7, 9), ContactOutcome.NO_ANSWER, ProgrammeStage.RUNNING));
        assertEquals(4, plan.attempts().size());
    }

    @Test
    void anAttemptBeforeThePlanWasOpenedIsRefused() {
        PartnerContactPlan plan = planReferredOn(LocalDate.of(2026, 7, 1));
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> call(plan,
                LocalDate.of(2026, 6, 30), ContactOutcome.MADE, ProgrammeStage.RUNNING));
        assertEquals("attemptedOn", refused.field());
    }

    private PartnerContactPlan caringDadsPlan() {
        return new PartnerContactPlan(victim, ProgrammeReferral.refer(ProgrammeRecords.caringDads(),
                new ReferralDetails(PERPETRATOR, ReferralRoute.VOLUNTARY, TODAY, 5L, null, "po.green"),
                ProgrammeRecords.facts(), null, "po.green", TODAY, NOW), holidays, timescales, NOW);
    }

    @Test
    void aCaringDadsReferralOffersTheMotherSupportWithHerPartnerContactWorker() {
        PartnerContactPlan plan = caringDadsPlan();
        assertEquals(Optional.of(ParallelSupport.MOTHERS_SUPPORT), plan.support());
        assertEquals(SupportDecision.OFFERED, plan.supportDecision());
        assertEquals("partner.demo", plan.supportWorker());
        assertEquals(TODAY, plan.openedOn());
    }

    @Test
    void aProgrammeWithoutParallelSupportOffersNone() {
        PartnerContactPlan plan = planReferredOn(TODAY);
        assertEquals(Optional.empty(), plan.support());
        assertThrows(BusinessException.class,
                () -> plan.decideSupport(SupportDecision.ACCEPTED, TODAY, null, TODAY, NOW));
    }

    @Test
    void sheAcceptsOrDeclinesTheSupportAndTheLatestDecisionStands() {
        PartnerContactPlan plan = caringDadsPlan();
        plan.decideSupport(SupportDecision.ACCEPTED, TODAY, "pc.mensah", TODAY, NOW);
        assertEquals(SupportDecision.ACCEPTED, plan.supportDecision());
        assertEquals("pc.mensah", plan.supportWorker());

        plan.decideSupport(SupportDecision.DECLINED, TODAY, null, TODAY, NOW);
        assertEquals(SupportDecision.DECLINED, plan.supportDecision());
        assertEquals("pc.mensah", plan.supportWorker());
        assertEquals("decision", assertThrows(InvalidFieldException.class,
                () -> plan.decideSupport(SupportDecision.OFFERED, TODAY, null, TODAY, NOW)).field());
        assertEquals("on", assertThrows(InvalidFieldException.class,
                () -> plan.decideSupport(SupportDecision.ACCEPTED, TODAY.minusDays(1), null, TODAY, NOW)).field());
    }

    @Test
    void onlyContactsMadeCountAsSupport() {
        PartnerContactPlan plan = caringDadsPlan();
        call(plan, TODAY, ContactOutcome.NO_ANSWER, ProgrammeStage.NOT_STARTED);
        call(plan, TODAY, ContactOutcome.MADE, ProgrammeStage.NOT_STARTED);
        assertEquals(List.of(TODAY), plan.contactsMade());
    }
}
