package uk.org.throughline.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.attendance.Registers.FACILITATOR;
import static uk.org.throughline.domain.model.attendance.Registers.HOLIDAYS;
import static uk.org.throughline.domain.model.attendance.Registers.after;
import static uk.org.throughline.domain.model.attendance.Registers.entry;
import static uk.org.throughline.domain.model.attendance.Registers.mark;
import static uk.org.throughline.domain.model.attendance.Registers.member;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.NOW;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.PROGRAMME_TEAM;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.TODAY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.NotCompletedReason;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

class ProgrammeSessionTest {

    /** Tuesdays from 03/02/2026: session 9 is on 31/03/2026, just before Easter. */
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 3);

    private final Programme caringDads = ProgrammeRecords.caringDads();
    private final Cohort cohort = new Cohort(caringDads, "Wellingborough spring 2026", "Castle Theatre", null,
            Set.of(FACILITATOR), NOW);
    private final List<ProgrammeSession> sessions = Registers.scheduled(cohort, FIRST, DayOfWeek.TUESDAY, 1);
    private final ProgrammeReferral dad = member(cohort, 42);

    @Test
    void aCohortIsScheduledOnceWithOneSessionForEachOfItsProgrammes() {
        assertEquals(17, sessions.size());
        assertEquals(List.of(1, 17), List.of(sessions.get(0).number(), sessions.get(16).number()));
        assertEquals(FIRST, sessions.get(0).sessionDate());
        assertEquals(LocalTime.of(20, 0), sessions.get(0).endTime());
        assertThrows(BusinessException.class, () -> ProgrammeSession.schedule(cohort, new SessionPattern(FIRST,
                DayOfWeek.TUESDAY, LocalTime.of(18, 0), 120, 17, 1).plan(HOLIDAYS), sessions, NOW));
    }

    @Test
    void theRegisterListsWhoHadAPlaceThatDay() {
        ProgrammeReferral joinedLate = ProgrammeRecords.waiting(caringDads, 43);
        cohort.admit(joinedLate, List.of(), LocalDate.of(2026, 2, 20), PROGRAMME_TEAM, TODAY, NOW);
        ProgrammeReferral leftEarly = member(cohort, 44);
        leftEarly.endNotCompleted(NotCompletedReason.DROPPED_OUT, null, LocalDate.of(2026, 2, 12), PROGRAMME_TEAM,
                TODAY, NOW);

        assertEquals(List.of(dad, leftEarly), sessions.get(1).register());
        assertEquals(List.of(dad, joinedLate), sessions.get(3).register());
    }

    @Test
    void attendanceIsNotRecordedBeforeTheSessionStarts() {
        ProgrammeSession first = sessions.get(0);
        Instant justBefore = first.startsAt().minusMinutes(5).atZone(UkDate.LONDON).toInstant();
        BusinessException refused = assertThrows(BusinessException.class,
                () -> first.record(dad, entry(AttendanceMark.ATTENDED), FACILITATOR, justBefore));
        assertEquals("session 1 on 03/02/2026 starts at 18:00: attendance can be recorded once it has started.",
                refused.getMessage());
    }

    @Test
    void attendanceIsNotRecordedForSomeoneNotInTheCohort() {
        Cohort other = new Cohort(caringDads, "Kettering spring 2026", "Corn Market Hall", null, Set.of("f.brown"),
                NOW);
        ProgrammeReferral elsewhere = member(other, 50);
        ProgrammeSession first = sessions.get(0);
        assertThrows(BusinessException.class, () -> mark(first, elsewhere, AttendanceMark.ATTENDED));
        assertEquals(Optional.empty(), first.attendanceOf(elsewhere));
    }

    @Test
    void theFirstRegisterStartsTheProgrammeAndUnmarkedPeopleStandOut() {
        ProgrammeReferral other = member(cohort, 43);
        mark(sessions.get(0), dad, AttendanceMark.LATE);
        assertEquals(ReferralStatus.IN_PROGRESS, dad.status());
        assertEquals(FIRST, dad.statusChangedOn());
        assertEquals(List.of(other), sessions.get(0).unmarked());
    }

    @Test
    void aCorrectionNeedsAReasonAndKeepsTheMarkItReplaces() {
        ProgrammeSession first = sessions.get(0);
        assertFalse(mark(first, dad, AttendanceMark.ATTENDED).newFailure());

        AttendanceEntry absent = entry(AttendanceMark.ABSENT_UNACCEPTABLE);
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class,
                () -> first.record(dad, absent, "pm.khan", after(first)));
        assertEquals("This was recorded as \"Attended\" by f.ali: say why it is being corrected",
                noReason.getMessage());

        AttendanceEntry corrected = new AttendanceEntry(AttendanceMark.ABSENT_UNACCEPTABLE, false, null, null, false,
                "Marked against the wrong name");
        ProgrammeSession.Marked marked = first.record(dad, corrected, "pm.khan", after(first));
        assertTrue(marked.newFailure());
        AttendanceRecord record = marked.record();
        assertEquals(AttendanceMark.ABSENT_UNACCEPTABLE, record.mark());
        assertEquals("pm.khan", record.line().recordedBy());
        AttendanceRevision before = record.revisions().get(0);
        assertEquals(AttendanceMark.ATTENDED, before.line().mark());
        assertEquals(FACILITATOR, before.line().recordedBy());
        assertEquals("pm.khan", before.replacedBy());
        assertEquals("Marked against the wrong name", before.correctionReason());

        assertFalse(first.record(dad, corrected, "pm.khan", after(first)).newFailure());
        assertEquals(1, record.revisions().size());
    }

    @Test
    void anAbsenceWaitsFiveWorkingDaysForEvidenceThenIsJudgedWithoutACorrectionReason() {
        ProgrammeSession beforeEaster = sessions.get(8);
        assertEquals(LocalDate.of(2026, 3, 31), beforeEaster.sessionDate());
        AttendanceRecord absence = mark(beforeEaster, dad, AttendanceMark.ABSENT_AWAITING_EVIDENCE).record();
        // Good Friday and Easter Monday are not working days
        assertEquals(Optional.of(LocalDate.of(2026, 4, 9)),
                absence.evidenceDueBy(HOLIDAYS, ProgrammeTimescales.DEFAULTS));
        assertFalse(absence.isFailureToComply());

        ProgrammeSession.Marked judged = mark(beforeEaster, dad, AttendanceMark.ABSENT_UNACCEPTABLE);
        assertTrue(judged.newFailure());
        assertEquals(null, absence.revisions().get(0).correctionReason());
        assertEquals(Optional.empty(), absence.evidenceDueBy(HOLIDAYS, ProgrammeTimescales.DEFAULTS));
    }

    @Test
    void anAbsenceStillAwaitingEvidenceAfterFiveWorkingDaysOverTheEasterWeekendIsDueJudgement() {
        ProgrammeSession beforeEaster = sessions.get(8);
        AttendanceRecord absence = mark(beforeEaster, dad, AttendanceMark.ABSENT_AWAITING_EVIDENCE).record();
        // Tuesday 31/03/2026: Wed 1, Thu 2, (Good Friday, the weekend, Easter Monday), Tue 7, Wed 8, Thu 9 April
        assertFalse(absence.evidenceWindowClosedOn(LocalDate.of(2026, 4, 9), HOLIDAYS, ProgrammeTimescales.DEFAULTS),
                "the last day to show a reasonable excuse");
        assertTrue(absence.evidenceWindowClosedOn(LocalDate.of(2026, 4, 10), HOLIDAYS, ProgrammeTimescales.DEFAULTS));
        assertFalse(absence.evidenceWindowClosedOn(LocalDate.of(2026, 4, 7), HOLIDAYS, new ProgrammeTimescales(3, 7)),
                "three working days, configured, end on 07/04");
        assertTrue(absence.evidenceWindowClosedOn(LocalDate.of(2026, 4, 8), HOLIDAYS, new ProgrammeTimescales(3, 7)));

        mark(beforeEaster, dad, AttendanceMark.ABSENT_ACCEPTABLE);
        assertFalse(absence.evidenceWindowClosedOn(LocalDate.of(2026, 4, 10), HOLIDAYS, ProgrammeTimescales.DEFAULTS),
                "once judged, nothing is awaited");
    }

    @Test
    void herPartnerContactWorkerHearsOfEveryLateArrivalLeavingEarlyAndAbsenceAndOfEachChangeToOne() {
        for (AttendanceMark told : List.of(AttendanceMark.LATE, AttendanceMark.LEFT_EARLY,
                AttendanceMark.ABSENT_AWAITING_EVIDENCE, AttendanceMark.ABSENT_ACCEPTABLE,
                AttendanceMark.ABSENT_UNACCEPTABLE)) {
            ProgrammeSession session = sessions.get(told.ordinal());
            assertTrue(mark(session, dad, told).newsForPartnerContact(), told::name);
        }
        ProgrammeSession attended = sessions.get(10);
        assertFalse(mark(attended, dad, AttendanceMark.ATTENDED).newsForPartnerContact());

        ProgrammeSession awaiting = sessions.get(11);
        mark(awaiting, dad, AttendanceMark.ABSENT_AWAITING_EVIDENCE);
        ProgrammeSession.Marked judged = mark(awaiting, dad, AttendanceMark.ABSENT_ACCEPTABLE);
        assertTrue(judged.newsForPartnerContact(), "the judgement changes what she was told");
        assertEquals(Optional.of(AttendanceMark.ABSENT_AWAITING_EVIDENCE), judged.record().markReplaced());
        AttendanceEntry sameWithNotes = new AttendanceEntry(AttendanceMark.ABSENT_ACCEPTABLE, false,
                "Hospital letter", "Letter seen", false, null);
        ProgrammeSession.Marked notesOnly = awaiting.record(dad, sameWithNotes, FACILITATOR, after(awaiting));
        assertFalse(notesOnly.newsForPartnerContact(), "a note tells her nothing new");

        ProgrammeSession late = sessions.get(12);
        mark(late, dad, AttendanceMark.LATE);
        ProgrammeSession.Marked corrected = late.record(dad, new AttendanceEntry(AttendanceMark.ATTENDED, false, null,
                null, false, "He was on time: the clock in the room was fast"), "pm.khan", after(late));
        assertTrue(corrected.newsForPartnerContact(), "she was told he was late");
        assertEquals("attended", corrected.record().mark().asToldToPartnerContact());
    }

    @Test
    void eachMarkSaysWhatItNeeds() {
        ProgrammeSession first = sessions.get(0);
        assertEquals("absenceReason", assertThrows(InvalidFieldException.class, () -> first.record(dad,
                new AttendanceEntry(AttendanceMark.ABSENT_ACCEPTABLE, false, null, null, false, null), FACILITATOR,
                after(first))).field());
        assertEquals("engagementNotes", assertThrows(InvalidFieldException.class, () -> first.record(dad,
                new AttendanceEntry(AttendanceMark.ATTENDED, true, null, " ", false, null), FACILITATOR,
                after(first))).field());
        assertEquals("engagementNotes", assertThrows(InvalidFieldException.class, () -> first.record(dad,
                new AttendanceEntry(AttendanceMark.ATTENDED, false, null, null, true, null), FACILITATOR,
                after(first))).field());
        assertEquals("failedToComply", assertThrows(InvalidFieldException.class, () -> first.record(dad,
                new AttendanceEntry(AttendanceMark.ABSENT_UNACCEPTABLE, true, null, "Rude", false, null), FACILITATOR,
                after(first))).field());

        AttendanceEntry flagged = new AttendanceEntry(AttendanceMark.ATTENDED, false, null,
                "Said he still checks her phone", true, null);
        ProgrammeSession.Marked raised = first.record(dad, flagged, FACILITATOR, after(first));
        AttendanceRecord disclosure = raised.record();
        assertTrue(disclosure.line().disclosureOrConcern());
        assertTrue(raised.newDisclosure(), "the workers are alerted once, when it is raised");
        assertEquals(OutcomeCode.ATTC, disclosure.outcome());
        assertFalse(first.record(dad, flagged, FACILITATOR, after(first).plusSeconds(60)).newDisclosure(),
                "saving the register again does not raise the same disclosure again");
    }

    @Test
    void marksMapToNDeliusOutcomes() {
        assertEquals(OutcomeCode.ATTC, AttendanceMark.LATE.outcome(false));
        assertEquals(OutcomeCode.AFTC, AttendanceMark.ATTENDED.outcome(true));
        assertEquals(OutcomeCode.AFTA, AttendanceMark.ABSENT_ACCEPTABLE.outcome(false));
        assertEquals(OutcomeCode.AFTA, AttendanceMark.ABSENT_AWAITING_EVIDENCE.outcome(false));
        assertEquals(OutcomeCode.RSSR, AttendanceMark.RESCHEDULED.outcome(false));
        assertEquals(OutcomeCode.APPW, AttendanceMark.WITHDRAWN.outcome(false));
    }

    @Test
    void aSessionMovesAloneKeepingTheDateFirstPlanned() {
        ProgrammeSession ninth = sessions.get(8);
        LocalDate today = LocalDate.of(2026, 3, 20);
        InvalidFieldException holiday = assertThrows(InvalidFieldException.class, () -> ninth.reschedule(
                LocalDate.of(2026, 4, 6), LocalTime.of(18, 0), "Venue closed", HOLIDAYS, today, NOW));
        assertEquals("06/04/2026 is a bank holiday (Easter Monday)", holiday.getMessage());

        ninth.reschedule(LocalDate.of(2026, 4, 2), LocalTime.of(17, 30), "Venue closed", HOLIDAYS, today, NOW);
        ninth.reschedule(LocalDate.of(2026, 4, 1), LocalTime.of(17, 30), "Facilitator ill", HOLIDAYS, today, NOW);
        assertEquals(LocalDate.of(2026, 4, 1), ninth.sessionDate());
        assertEquals(LocalTime.of(19, 30), ninth.endTime());
        assertEquals(LocalDate.of(2026, 3, 31), ninth.rescheduledFrom());
        assertEquals("Facilitator ill", ninth.rescheduleReason());
        assertEquals(LocalDate.of(2026, 4, 7), sessions.get(9).sessionDate());

        ProgrammeSession first = sessions.get(0);
        mark(first, dad, AttendanceMark.ATTENDED);
        assertThrows(BusinessException.class, () -> first.reschedule(LocalDate.of(2026, 6, 2), LocalTime.of(18, 0),
                "Too late", HOLIDAYS, LocalDate.of(2026, 5, 1), NOW));
    }

    @Test
    void aCatchUpCoversTheSessionForWhoeverMissedIt() {
        ProgrammeReferral attended = member(cohort, 43);
        ProgrammeSession fifth = sessions.get(4);
        mark(fifth, dad, AttendanceMark.LEFT_EARLY);
        mark(fifth, attended, AttendanceMark.ATTENDED);
        LocalDate today = fifth.sessionDate();

        BusinessException nothingToCatchUp = assertThrows(BusinessException.class, () -> ProgrammeSession.catchUp(
                fifth, List.of(attended), today.plusDays(2), LocalTime.of(10, 0), HOLIDAYS, today, NOW));
        assertTrue(nothingToCatchUp.getMessage().endsWith("attended session 5 on 03/03/2026: there is nothing to "
                + "catch up."), nothingToCatchUp.getMessage());

        ProgrammeSession catchUp = ProgrammeSession.catchUp(fifth, List.of(dad), today.plusDays(2),
                LocalTime.of(10, 0), HOLIDAYS, today, NOW);
        assertEquals(List.of(dad), catchUp.register());
        assertEquals(5, catchUp.number());
        assertEquals(LocalTime.of(12, 0), catchUp.endTime());
        assertEquals(Optional.of(fifth), catchUp.catchUpFor());
        assertThrows(BusinessException.class, () -> mark(catchUp, attended, AttendanceMark.ATTENDED));

        AttendanceRecord caughtUp = mark(catchUp, dad, AttendanceMark.ATTENDED).record();
        assertEquals(Set.of(5), AttendanceRecord.sessionsCovered(List.of(fifth.attendanceOf(dad).orElseThrow(),
                caughtUp)));
    }

    @Test
    void aFatherReaching80PercentCompletesCaringDads() {
        ProgrammeReferral missedFour = member(cohort, 43);
        for (ProgrammeSession session : sessions) {
            boolean absent = session.number() % 5 == 0;
            mark(session, dad, absent ? AttendanceMark.ABSENT_ACCEPTABLE : AttendanceMark.ATTENDED);
            mark(session, missedFour, absent || session.number() == 1 ? AttendanceMark.ABSENT_ACCEPTABLE
                    : AttendanceMark.ATTENDED);
        }
        LocalDate lastSession = sessions.get(16).sessionDate();

        Set<Integer> dadAttended = AttendanceRecord.sessionsCovered(
                sessions.stream().map(session -> session.attendanceOf(dad).orElseThrow()).toList());
        assertEquals(14, dadAttended.size());
        dad.complete(caringDads.progress(dadAttended), lastSession, PROGRAMME_TEAM, TODAY, NOW);
        assertEquals(ReferralStatus.COMPLETED, dad.status());

        Set<Integer> otherAttended = AttendanceRecord.sessionsCovered(
                sessions.stream().map(session -> session.attendanceOf(missedFour).orElseThrow()).toList());
        BusinessException notYet = assertThrows(BusinessException.class, () -> missedFour.complete(
                caringDads.progress(otherAttended), lastSession, PROGRAMME_TEAM, TODAY, NOW));
        assertEquals("Not yet completed: 13 of 17 sessions attended (76%); Caring Dads needs 80%.",
                notYet.getMessage());
    }
}
