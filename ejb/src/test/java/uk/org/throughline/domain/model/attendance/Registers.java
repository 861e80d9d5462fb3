package uk.org.throughline.domain.model.attendance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.UkDate;

/** Cohorts with their sessions scheduled, and register lines, for the attendance tests. */
final class Registers {

    static final BankHolidays HOLIDAYS = SeededBankHolidays.table();
    static final String FACILITATOR = "f.ali";

    private Registers() {
    }

    /** Every session of the cohort's programme, at 18:00 on {@code day}s from {@code from}. */
    static List<ProgrammeSession> scheduled(Cohort cohort, LocalDate from, DayOfWeek day, int weeksBetween) {
        SessionPattern pattern = new SessionPattern(from, day, LocalTime.of(18, 0),
                cohort.programme().sessionMinutes(), cohort.programme().sessionCount(), weeksBetween);
        return ProgrammeSession.schedule(cohort, pattern.plan(HOLIDAYS), List.of(), ProgrammeRecords.NOW);
    }

    /** Allocated to {@code cohort} on {@link ProgrammeRecords#ALLOCATED}. */
    static ProgrammeReferral member(Cohort cohort, long personId) {
        return member(cohort, ProgrammeRecords.waiting(cohort.programme(), personId));
    }

    static ProgrammeReferral member(Cohort cohort, ProgrammeReferral waiting) {
        cohort.admit(waiting, List.of(), ProgrammeRecords.ALLOCATED, ProgrammeRecords.PROGRAMME_TEAM,
                ProgrammeRecords.TODAY, ProgrammeRecords.NOW);
        return waiting;
    }

    /** The evening of the session, once it has finished. */
    static Instant after(ProgrammeSession session) {
        return session.sessionDate().atTime(22, 0).atZone(UkDate.LONDON).toInstant();
    }

    static AttendanceEntry entry(AttendanceMark mark) {
        return new AttendanceEntry(mark, false, mark == AttendanceMark.ABSENT_ACCEPTABLE ? "Hospital letter" : null,
                null, false, null);
    }

    static ProgrammeSession.Marked mark(ProgrammeSession session, ProgrammeReferral participant, AttendanceMark mark) {
        return session.record(participant, entry(mark), FACILITATOR, after(session));
    }
}
