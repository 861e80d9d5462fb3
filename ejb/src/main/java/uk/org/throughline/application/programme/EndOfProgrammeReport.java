package uk.org.throughline.application.programme;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceMark;

/**
 * What an end-of-programme report says: the person, the programme, its dates, the attendance
 * summary session by session, the outcome against the completion rule, and the facilitator's
 * comments. Marks only, never the register's absence reasons or engagement notes, which may name
 * the people the person harmed.
 *
 * @param completionRule e.g. "At least 80% of the 17 sessions attended"
 * @param progress       e.g. "14 of 17 sessions attended (82%); Caring Dads needs 80%"
 * @param outcome        e.g. "Completed on 12/05/2026", or "In progress" for a report before the end
 * @param firstSession   null when the person has no session on the register yet
 * @param comments       the facilitator's comments; null when none were given
 */
public record EndOfProgrammeReport(String personName, LocalDate dateOfBirth, String programmeName, String route,
        String groupName, LocalDate referredOn, LocalDate firstSession, LocalDate lastSession,
        String completionRule, String progress, boolean completionRuleMet, String outcome, Attendance attendance,
        List<SessionLine> sessions, String comments, LocalDate preparedOn, String preparedBy) {

    public EndOfProgrammeReport {
        sessions = List.copyOf(sessions);
    }

    /** One session the person was on the register of, catch-ups included. */
    public record SessionLine(int number, LocalDate date, String moduleName, boolean catchUp, String attendance) {
    }

    /** How many sessions had each mark; {@code failedToComply} counts those attended but not complied with. */
    public record Attendance(int attended, int late, int leftEarly, int absentAcceptable, int absentUnacceptable,
            int awaitingEvidence, int failedToComply) {

        /** @param marks one per session, with whether the person failed to comply while there */
        public static Attendance of(List<Mark> marks) {
            return new Attendance(count(marks, AttendanceMark.ATTENDED), count(marks, AttendanceMark.LATE),
                    count(marks, AttendanceMark.LEFT_EARLY), count(marks, AttendanceMark.ABSENT_ACCEPTABLE),
                    count(marks, AttendanceMark.ABSENT_UNACCEPTABLE),
                    count(marks, AttendanceMark.ABSENT_AWAITING_EVIDENCE),
                    (int) marks.stream().filter(mark -> mark.mark().present() && mark.failedToComply()).count());
        }

        private static int count(List<Mark> marks, AttendanceMark which) {
            return (int) marks.stream().filter(mark -> mark.mark() == which).count();
        }
    }

    public record Mark(AttendanceMark mark, boolean failedToComply) {
    }
}
