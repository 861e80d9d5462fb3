package uk.org.throughline.application.programme.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.ALLOCATED;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.NOW;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.PROGRAMME_TEAM;
import static uk.org.throughline.domain.model.programme.ProgrammeRecords.TODAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.attendance.AttendanceEntry;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;
import uk.org.throughline.domain.model.attendance.Enforcement;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.attendance.ProgrammeTimescales;
import uk.org.throughline.domain.model.attendance.SessionPattern;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReport;
import uk.org.throughline.infrastructure.documents.WarningLetter;

class ProgrammeDocumentContentTest {

    private static final String FACILITATOR = "f.ali";
    private static final String VICTIM_DETAIL = "Elm Street";

    @Test
    void aWarningLetterSaysWhichSessionWasMissedAndGivesSevenDaysToRespond() {
        Group bbr = new Group(ProgrammeRecords.buildingBetterRelationships(), LocalDate.of(2026, 2, 2),
                DayOfWeek.MONDAY, 2);
        EnforcementAction warning = bbr.enforce(bbr.mark(1, absentWithoutExcuse()));

        WarningLetter letter = letterFor(warning);

        assertAll(
                () -> assertEquals("Referral 12, warning 34", letter.reference()),
                () -> assertEquals("Building Better Relationships", letter.programmeName()),
                () -> assertEquals(1, letter.sessionNumber()),
                () -> assertEquals("Foundation", letter.moduleName()),
                () -> assertEquals(LocalDate.of(2026, 2, 2), letter.sessionDate()),
                () -> assertEquals("You did not attend and have not shown a reasonable excuse.", letter.failure()),
                () -> assertEquals(LocalDate.of(2026, 2, 3), letter.issuedOn()),
                () -> assertEquals(LocalDate.of(2026, 2, 10), letter.respondBy()),
                () -> assertEquals(7, letter.daysToRespond()),
                () -> assertEquals(LocalDate.of(2027, 2, 3), letter.warningCountsUntil()),
                () -> assertFalse(letter.toString().contains(VICTIM_DETAIL), "the register's note stays out"));
    }

    @Test
    void aBreachReferralHasNoWarningLetter() {
        Group bbr = new Group(ProgrammeRecords.buildingBetterRelationships(), LocalDate.of(2026, 2, 2),
                DayOfWeek.MONDAY, 2);
        bbr.enforce(bbr.mark(1, absentWithoutExcuse()));
        EnforcementAction breach = bbr.enforce(bbr.mark(2, absentWithoutExcuse()));

        BusinessException refused = assertThrows(BusinessException.class, () -> letterFor(breach));

        assertEquals("Only a warning has a letter: this is a \"referral for breach\".", refused.getMessage());
    }

    @Test
    void noLetterOnceTheRegisterNoLongerShowsTheFailure() {
        Group bbr = new Group(ProgrammeRecords.buildingBetterRelationships(), LocalDate.of(2026, 2, 2),
                DayOfWeek.MONDAY, 2);
        EnforcementAction warning = bbr.enforce(bbr.mark(1, absentWithoutExcuse()));
        bbr.mark(1, new AttendanceEntry(AttendanceMark.ABSENT_ACCEPTABLE, false, "Hospital letter seen", null, false,
                "Evidence arrived late"));

        BusinessException refused = assertThrows(BusinessException.class, () -> letterFor(warning));

        assertEquals("The register now says \"Absent \u2014 acceptable reason\" for session 1 on 02/02/2026: the "
                + "failure the warning was for has been corrected.", refused.getMessage());
    }

    @Test
    void aCaringDadsFatherAtFourteenOfSeventeenHasCompletedByTheEightyPerCentRule() {
        Group caringDads = new Group(ProgrammeRecords.caringDads(), LocalDate.of(2026, 2, 3), DayOfWeek.TUESDAY, 1);
        List<AttendanceRecord> records = caringDads.attendSeventeenMissingThree();
        caringDads.father.complete(caringDads.programme.progress(AttendanceRecord.sessionsCovered(records)),
                LocalDate.of(2026, 6, 2), PROGRAMME_TEAM, TODAY, NOW);

        EndOfProgrammeReport report = ProgrammeDocumentContent.endOfProgrammeReport(caringDads.father,
                "MARSH, Daniel", LocalDate.of(1990, 9, 4), records, "  Engaged well.  ", TODAY, "Amara Osei");

        assertAll(
                () -> assertEquals("14 of 17 sessions attended (82%); Caring Dads needs 80%", report.progress()),
                () -> assertEquals("At least 80% of the 17 sessions attended, catch-ups included",
                        report.completionRule()),
                () -> assertTrue(report.completionRuleMet()),
                () -> assertEquals("Completed on 02/06/2026", report.outcome()),
                () -> assertEquals("Children's social care", report.route()),
                () -> assertEquals("Tuesday group", report.groupName()),
                () -> assertEquals(LocalDate.of(2026, 2, 3), report.firstSession()),
                () -> assertEquals(records.get(16).session().sessionDate(), report.lastSession()),
                () -> assertEquals(new AttendanceSummary(13, 1, 1, 2, 0, 0, 1), report.attendance()),
                () -> assertEquals("Attended, failed to comply", report.sessions().get(1).attendance()),
                () -> assertEquals("Engaged well.", report.comments()),
                () -> assertFalse(report.toString().contains(VICTIM_DETAIL), "the register's notes stay out"));
    }

    @Test
    void aReportBeforeTheEndSaysTheReferralIsNotYetFinished() {
        Group caringDads = new Group(ProgrammeRecords.caringDads(), LocalDate.of(2026, 2, 3), DayOfWeek.TUESDAY, 1);
        caringDads.father.start(LocalDate.of(2026, 2, 3), FACILITATOR, NOW);

        EndOfProgrammeReport report = ProgrammeDocumentContent.endOfProgrammeReport(caringDads.father,
                "MARSH, Daniel", null, List.of(), " ", TODAY, "Amara Osei");

        assertAll(
                () -> assertEquals("Not yet finished: in progress since 03/02/2026", report.outcome()),
                () -> assertEquals("0 of 17 sessions attended (0%); Caring Dads needs 80%", report.progress()),
                () -> assertFalse(report.completionRuleMet()),
                () -> assertEquals(null, report.firstSession()),
                () -> assertEquals(null, report.comments()));
    }

    private static WarningLetter letterFor(EnforcementAction action) {
        ProgrammeRecords.setId(ProgrammeReferral.class, action.referral(), 12L);
        ProgrammeRecords.setId(EnforcementAction.class, action, 34L);
        return ProgrammeDocumentContent.warningLetter(action, "Daniel Marsh", "Priya Shah", "Probation Service",
                "Tom Okafor");
    }

    private static AttendanceEntry absentWithoutExcuse() {
        return new AttendanceEntry(AttendanceMark.ABSENT_UNACCEPTABLE, false, "Said he was at his ex-partner's flat in "
                + VICTIM_DETAIL, null, false, null);
    }

    /** A group of the programme with every session scheduled and one member, allocated on {@code ALLOCATED}. */
    private static final class Group {

        final Programme programme;
        final ProgrammeReferral father;
        private final List<ProgrammeSession> sessions;
        private final List<EnforcementAction> actions = new ArrayList<>();

        Group(Programme programme, LocalDate from, DayOfWeek day, int weeksBetween) {
            this.programme = programme;
            Cohort cohort = new Cohort(programme, day == DayOfWeek.TUESDAY ? "Tuesday group" : "Monday group",
                    "Family centre", null, Set.of(FACILITATOR), NOW);
            this.sessions = ProgrammeSession.schedule(cohort, new SessionPattern(from, day, LocalTime.of(18, 0),
                    programme.sessionMinutes(), programme.sessionCount(), weeksBetween)
                    .plan(SeededBankHolidays.table()), List.of(), NOW);
            this.father = ProgrammeRecords.waiting(programme, 42);
            cohort.admit(father, List.of(), ALLOCATED, PROGRAMME_TEAM, TODAY, NOW);
        }

        AttendanceRecord mark(int number, AttendanceEntry entry) {
            ProgrammeSession session = sessions.get(number - 1);
            return session.record(father, entry, FACILITATOR, session.sessionDate().atTime(22, 0)
                    .atZone(UkDate.LONDON).toInstant()).record();
        }

        EnforcementAction enforce(AttendanceRecord failure) {
            EnforcementAction action = Enforcement.respondTo(failure, actions, ProgrammeTimescales.DEFAULTS,
                    failure.session().sessionDate().plusDays(1), "po.green", NOW).orElseThrow();
            actions.add(action);
            return action;
        }

        /** Late to session 1, failing to comply at 2, absent with reason at 5 and 9, leaving 12 early. */
        List<AttendanceRecord> attendSeventeenMissingThree() {
            father.start(sessions.get(0).sessionDate(), FACILITATOR, NOW);
            List<AttendanceRecord> records = new ArrayList<>();
            for (int number = 1; number <= 17; number++) {
                records.add(mark(number, switch (number) {
                    case 1 -> new AttendanceEntry(AttendanceMark.LATE, false, null, null, false, null);
                    case 2 -> new AttendanceEntry(AttendanceMark.ATTENDED, true, null, "Spoke over the group about "
                            + "his ex-partner in " + VICTIM_DETAIL, false, null);
                    case 5, 9 -> new AttendanceEntry(AttendanceMark.ABSENT_ACCEPTABLE, false, "Hospital letter", null,
                            false, null);
                    case 12 -> new AttendanceEntry(AttendanceMark.LEFT_EARLY, false, null, null, false, null);
                    default -> new AttendanceEntry(AttendanceMark.ATTENDED, false, null, null, false, null);
                }));
            }
            return records;
        }
    }
}
