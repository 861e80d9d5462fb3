package uk.org.throughline.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.attendance.Registers.FACILITATOR;
import static uk.org.throughline.domain.model.attendance.Registers.after;
import static uk.org.throughline.domain.model.attendance.Registers.mark;
import static uk.org.throughline.domain.model.attendance.Registers.member;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.NOW;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.TODAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.programme.CautionConditionChange;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralDetails;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.PoliceText;

class EnforcementTest {

    private static final String PROBATION = "po.green";

    /** Building Better Relationships, court-ordered, its 30 sessions fortnightly on Mondays from 02/02/2026. */
    private final Programme bbr = ProgrammeRecords.buildingBetterRelationships();
    private final Cohort group = new Cohort(bbr, "Northampton 2026", "Probation office, Campbell Square", null,
            Set.of(FACILITATOR), NOW);
    private final List<ProgrammeSession> sessions = Registers.scheduled(group, LocalDate.of(2026, 2, 2),
            DayOfWeek.MONDAY, 2);
    private final ProgrammeReferral offender = member(group, 42);
    private final List<EnforcementAction> history = new ArrayList<>();

    /** Session {@code number} missed without excuse, and enforced {@code daysLater} days after it. */
    private EnforcementAction failAt(int number, int daysLater) {
        ProgrammeSession session = sessions.get(number - 1);
        AttendanceRecord failure = mark(session, offender, AttendanceMark.ABSENT_UNACCEPTABLE).record();
        EnforcementAction action = Enforcement.respondTo(failure, history, ProgrammeTimescales.DEFAULTS,
                session.sessionDate().plusDays(daysLater), PROBATION, NOW).orElseThrow();
        history.add(action);
        return action;
    }

    @Test
    void aFirstFailureOnACourtOrderGetsAWarningLetterWithSevenDaysToRespond() {
        EnforcementAction warning = failAt(1, 1);
        assertEquals(EnforcementKind.WARNING, warning.kind());
        assertEquals(LocalDate.of(2026, 2, 2), warning.failedOn());
        assertEquals(LocalDate.of(2026, 2, 3), warning.decidedOn());
        assertEquals(LocalDate.of(2026, 2, 10), warning.respondBy());
        assertEquals("Absent \u2014 no reasonable excuse: session 1 (Foundation) on 02/02/2026. This is "
                + "unacceptable; a further failure within 12 months will mean a return to court. Respond by "
                + "10/02/2026.", warning.reason());
        assertEquals(Optional.empty(), warning.cautionConditionChange());
    }

    @Test
    void aSecondFailureWithin12MonthsOfAWarningMeansBreach() {
        failAt(1, 14);
        EnforcementAction breach = failAt(3, 1);
        assertEquals(EnforcementKind.BREACH_REFERRAL, breach.kind());
        assertTrue(breach.reason().endsWith("A warning was given on 16/02/2026, within the previous 12 months, so "
                + "referral for breach is mandatory."), breach.reason());
    }

    @Test
    void aWarningCountsWithinThe12MonthsBeforeTheNextFailure() {
        assertEquals(LocalDate.of(2026, 2, 15), failAt(1, 13).decidedOn());
        assertEquals(LocalDate.of(2027, 2, 1), sessions.get(25).sessionDate());
        assertEquals(EnforcementKind.BREACH_REFERRAL, failAt(26, 1).kind());
    }

    @Test
    void aWarningGiven12MonthsOrMoreBeforeTheFailureNoLongerCounts() {
        assertEquals(LocalDate.of(2026, 2, 15), failAt(1, 13).decidedOn());
        assertEquals(LocalDate.of(2027, 2, 15), sessions.get(26).sessionDate());
        assertEquals(EnforcementKind.WARNING, failAt(27, 1).kind());
    }

    @Test
    void resolvingABreachRestartsTheCount() {
        failAt(1, 1);
        EnforcementAction breach = failAt(3, 1);
        assertEquals(EnforcementKind.BREACH_REFERRAL, failAt(5, 1).kind(),
                "a further failure while the breach is open is added to it");
        assertTrue(history.get(2).reason().contains("A further failure while the breach referral of 03/03/2026 is "
                + "unresolved."), history.get(2).reason());

        breach.resolve("Order continued with a fine", LocalDate.of(2026, 4, 1), "court.clerk", TODAY);
        history.get(2).resolve("Dealt with at the same hearing", LocalDate.of(2026, 4, 1), "court.clerk", TODAY);
        assertEquals(EnforcementKind.WARNING, failAt(7, 1).kind());
        assertEquals(EnforcementKind.BREACH_REFERRAL, failAt(9, 1).kind());
    }

    @Test
    void onlyABreachOrATaskIsResolved() {
        EnforcementAction warning = failAt(1, 1);
        assertThrows(BusinessException.class, () -> warning.resolve("Done", TODAY, PROBATION, TODAY));
    }

    @Test
    void attendingButFailingToComplyIsAFailureToo() {
        ProgrammeSession first = sessions.get(0);
        ProgrammeSession.Marked disruptive = first.record(offender, new AttendanceEntry(AttendanceMark.ATTENDED, true,
                null, "Abusive to another participant; asked to leave", false, null), FACILITATOR, after(first));
        assertTrue(disruptive.newFailure());
        assertEquals(OutcomeCode.AFTC, disruptive.record().outcome());
        EnforcementAction warning = Enforcement.respondTo(disruptive.record(), List.of(),
                ProgrammeTimescales.DEFAULTS, first.sessionDate(), PROBATION, NOW).orElseThrow();
        assertTrue(warning.reason().startsWith("Attended session 1 (Foundation) on 02/02/2026 but failed to comply: "
                + "Abusive to another participant"), warning.reason());

        AttendanceRecord attended = mark(sessions.get(1), offender, AttendanceMark.ATTENDED).record();
        assertThrows(IllegalArgumentException.class, () -> Enforcement.respondTo(attended, List.of(),
                ProgrammeTimescales.DEFAULTS, TODAY, PROBATION, NOW));
    }

    @Test
    void anUnacceptableAbsenceFromProjectPipaFailsTheCautionsCondition() {
        Programme pipa = ProgrammeRecords.pipa();
        Cohort workshops = new Cohort(pipa, "PIPA February 2026", "Campbell House", null, Set.of(FACILITATOR), NOW);
        List<ProgrammeSession> pipaSessions = Registers.scheduled(workshops, LocalDate.of(2026, 2, 2),
                DayOfWeek.MONDAY, 4);
        ProgrammeReferral cautioned = member(workshops,
                ProgrammeRecords.waiting(ProgrammeRecords.cautionReferral(pipa)));
        ProgrammeSession workshop = pipaSessions.get(0);
        AttendanceRecord absence = mark(workshop, cautioned, AttendanceMark.ABSENT_UNACCEPTABLE).record();

        LocalDate today = LocalDate.of(2026, 2, 9);
        EnforcementAction action = Enforcement.respondTo(absence, List.of(), ProgrammeTimescales.DEFAULTS, today,
                "pm.khan", NOW).orElseThrow();
        assertEquals(EnforcementKind.CAUTION_CONDITION_FAILED, action.kind());
        CautionConditionChange change = action.cautionConditionChange().orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 2), change.on());

        ConditionalCaution caution = ProgrammeRecords.savedCaution();
        assertTrue(change.applyTo(caution, today, NOW));
        assertEquals(ComplianceStatus.FAILED, caution.status());
        assertTrue(caution.isAwaitingDecision(today), "on the police worklist for a non-compliance decision");
        assertEquals(PoliceText.shareable("Absent \u2014 no reasonable excuse: session 1 (Workshop 1) on 02/02/2026. "
                + "This does not comply with the conditional caution."),
                caution.programmeConditions().get(0).statusNote(),
                "the programme's note, not police's: offender managers read it");
    }

    @Test
    void aYuvaFailureIsATaskForTheYotWorker() {
        Programme yuva = ProgrammeRecords.yuva();
        Cohort oneToOne = new Cohort(yuva, "Jakub K. one-to-one", "Youth offending service, Northampton", null,
                Set.of("yot.patel"), NOW);
        List<ProgrammeSession> yuvaSessions = Registers.scheduled(oneToOne, LocalDate.of(2026, 2, 4),
                DayOfWeek.WEDNESDAY, 1);
        ProgrammeReferral youngPerson = member(oneToOne, 60);
        AttendanceRecord absence = mark(yuvaSessions.get(0), youngPerson, AttendanceMark.ABSENT_UNACCEPTABLE).record();

        EnforcementAction task = Enforcement.respondTo(absence, List.of(), ProgrammeTimescales.DEFAULTS,
                LocalDate.of(2026, 2, 5), "yot.patel", NOW).orElseThrow();
        assertEquals(EnforcementKind.CASE_WORKER_TASK, task.kind());
        assertEquals("yot.patel", task.assignedTo());
        task.resolve("Spoke with him and his mother; he attends next week", LocalDate.of(2026, 2, 6), "yot.patel",
                TODAY);
        assertEquals(LocalDate.of(2026, 2, 6), task.resolvedOn());
    }

    @Test
    void voluntaryAttendanceIsNotEnforced() {
        Programme caringDads = ProgrammeRecords.caringDads();
        Cohort cohort = new Cohort(caringDads, "Wellingborough spring 2026", "Castle Theatre", null,
                Set.of(FACILITATOR), NOW);
        List<ProgrammeSession> cdSessions = Registers.scheduled(cohort, LocalDate.of(2026, 2, 3), DayOfWeek.TUESDAY, 1);
        ProgrammeReferral selfReferred = ProgrammeReferral.refer(caringDads, new ReferralDetails(70,
                ReferralRoute.VOLUNTARY, ProgrammeRecords.REFERRED, null, null, null), ProgrammeRecords.facts(), null,
                "reception", ProgrammeRecords.REFERRED, NOW);
        member(cohort, ProgrammeRecords.waiting(selfReferred));
        AttendanceRecord absence = mark(cdSessions.get(0), selfReferred, AttendanceMark.ABSENT_UNACCEPTABLE).record();

        assertEquals(Optional.empty(), Enforcement.respondTo(absence, List.of(), ProgrammeTimescales.DEFAULTS, TODAY,
                PROBATION, NOW));
    }
}
