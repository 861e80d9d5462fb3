package uk.org.throughline.application.programme;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;
import uk.org.throughline.domain.model.attendance.EnforcementKind;
import uk.org.throughline.domain.model.attendance.OutcomeCode;

/**
 * A referral as its page shows it: the referral with its history, the person's attendance session
 * by session (marks and outcome codes only, never the register's notes, which may name the people
 * the person harmed) and what enforcement did about each failure to comply.
 *
 * @param takenOn whether a probation officer or YOT worker answers for the referral, so that only a
 *                manager reassigns it; until then (nobody, or the police officer who gave the caution)
 *                a probation officer or YOT worker may take it on
 */
public record ReferralRecord(ReferralView referral, boolean takenOn, AttendanceSummary attendance,
        List<SessionLine> sessions, List<EnforcementItem> enforcement) {

    public ReferralRecord {
        sessions = List.copyOf(sessions);
        enforcement = List.copyOf(enforcement);
    }

    /** One session the person was on the register of, catch-ups included; {@code mark} as the register says it. */
    public record SessionLine(long sessionId, int number, LocalDate date, String moduleName, boolean catchUp,
            String mark, OutcomeCode outcome) {
    }

    /**
     * A warning (with the day to respond by), breach referral, failed caution condition or task.
     *
     * @param version    goes back with its resolution
     * @param resolvedOn null while a breach referral or task is open, and always for a warning
     */
    public record EnforcementItem(long id, long version, EnforcementKind kind, LocalDate failedOn, LocalDate decidedOn,
            String decidedBy, String reason, LocalDate respondBy, LocalDate resolvedOn, String resolvedBy,
            String resolution) {

        /** A breach referral or task not yet resolved. */
        public boolean open() {
            return kind.isResolvable() && resolvedOn == null;
        }
    }

    /** A cohort the referral could be allocated to: open, of its programme, with a place left. */
    public record Place(long cohortId, String name, String venue, int placesLeft, LocalDate firstSession) {
    }
}
