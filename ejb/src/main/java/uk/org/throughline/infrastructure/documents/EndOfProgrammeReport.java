package uk.org.throughline.infrastructure.documents;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;

/**
 * What an end-of-programme report says, as {@link EndOfProgrammeReportPdf} prints it: the person, the
 * programme, its dates, the attendance summary session by session, the outcome against the completion
 * rule, and the facilitator's comments. Whoever builds it puts in marks only, never the register's
 * absence reasons or engagement notes, which may name the people the person harmed.
 *
 * @param completionRule e.g. "At least 80% of the 17 sessions attended"
 * @param progress       e.g. "14 of 17 sessions attended (82%); Caring Dads needs 80%"
 * @param outcome        e.g. "Completed on 12/05/2026", or "In progress" for a report before the end
 * @param firstSession   null when the person has no session on the register yet
 * @param comments       the facilitator's comments; null when none were given
 */
public record EndOfProgrammeReport(String personName, LocalDate dateOfBirth, String programmeName, String route,
        String groupName, LocalDate referredOn, LocalDate firstSession, LocalDate lastSession,
        String completionRule, String progress, boolean completionRuleMet, String outcome,
        AttendanceSummary attendance, List<SessionLine> sessions, String comments, LocalDate preparedOn,
        String preparedBy) {

    public EndOfProgrammeReport {
        sessions = List.copyOf(sessions);
    }

    /** One session the person was on the register of, catch-ups included. */
    public record SessionLine(int number, LocalDate date, String moduleName, boolean catchUp, String attendance) {
    }
}
