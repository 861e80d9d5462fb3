package uk.org.throughline.application.programme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;
import uk.org.throughline.domain.model.attendance.AttendanceSummary.Mark;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.attendance.EnforcementKind;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.CompletionProgress;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReport;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReport.SessionLine;
import uk.org.throughline.infrastructure.documents.WarningLetter;

/**
 * What the programme documents say, from the records. Only marks, dates and labels go in: the
 * register's absence reasons and engagement notes, and the notes written with a referral's steps,
 * are free text that may name the people the person harmed.
 */
final class ProgrammeDocumentContent {

    private ProgrammeDocumentContent() {
    }

    /**
     * @param contactTeam null when not known
     * @throws BusinessException if the action is not a warning, or the register no longer shows the failure
     */
    static WarningLetter warningLetter(EnforcementAction warning, String addressee, String contactName,
            String contactTeam, String signedBy) {
        if (warning.kind() != EnforcementKind.WARNING) {
            throw new BusinessException("Only a warning has a letter: this is a \""
                    + warning.kind().label().toLowerCase(Locale.UK) + "\".");
        }
        AttendanceRecord failure = warning.failure();
        ProgrammeSession session = failure.session();
        if (!failure.isFailureToComply()) {
            throw new BusinessException("The register now says \"" + failure.line().describeMark() + "\" for "
                    + session.describe() + ": the failure the warning was for has been corrected.");
        }
        ProgrammeReferral referral = warning.referral();
        return new WarningLetter("Referral " + referral.id() + ", warning " + warning.id(), addressee,
                referral.programmeName(), session.number(), session.moduleName(), session.sessionDate(),
                failure.mark().present() ? "You attended but did not comply with what the programme requires of you."
                        : "You did not attend and have not shown a reasonable excuse.",
                warning.decidedOn(), warning.respondBy(), contactName, contactTeam, signedBy);
    }

    /**
     * @param records  the referral's attendance, oldest session first
     * @param comments the facilitator's; blank for none
     * @throws BusinessException if the referral is not yet for a catalogue programme
     */
    static EndOfProgrammeReport endOfProgrammeReport(ProgrammeReferral referral, String personName,
            LocalDate dateOfBirth, List<AttendanceRecord> records, String comments, LocalDate today,
            String preparedBy) {
        Programme programme = referral.programme().orElseThrow(() -> new BusinessException("The referral names \""
                + referral.programmeName() + "\", which is not a programme in the catalogue: choose the programme "
                + "first."));
        CompletionProgress progress = programme.progress(AttendanceRecord.sessionsCovered(records));
        String rule = programme.completionRule() == CompletionRule.ATTENDANCE_PERCENTAGE
                ? "At least " + programme.completionPercentage() + "% of the " + programme.sessionCount()
                        + " sessions attended, catch-ups included"
                : "Every session of the required modules attended, catch-ups included";
        return new EndOfProgrammeReport(personName, dateOfBirth, programme.name(), referral.route().label(),
                referral.cohort().map(Cohort::name).orElse(null), referral.referredOn(),
                records.isEmpty() ? null : records.get(0).session().sessionDate(),
                records.isEmpty() ? null : records.get(records.size() - 1).session().sessionDate(),
                rule, progress.summary(), progress.met(), outcome(referral),
                AttendanceSummary.of(records.stream().map(record -> new Mark(record.mark(), record.line().failedToComply()))
                        .toList()),
                records.stream().map(ProgrammeDocumentContent::sessionLine).toList(),
                comments == null || comments.isBlank() ? null : comments.strip(), today, preparedBy);
    }

    private static SessionLine sessionLine(AttendanceRecord record) {
        ProgrammeSession session = record.session();
        return new SessionLine(session.number(), session.sessionDate(), session.moduleName(),
                session.catchUpFor().isPresent(), record.line().describeMark());
    }

    /** How the referral stands: the reason's label only, never the note written with it. */
    private static String outcome(ProgrammeReferral referral) {
        String on = " on " + UkDate.format(referral.statusChangedOn());
        if (referral.status() == ReferralStatus.COMPLETED) {
            return "Completed" + on;
        }
        if (referral.status() == ReferralStatus.NOT_COMPLETED) {
            return "Not completed" + on + ": " + referral.notCompletedReason().label();
        }
        return "Not yet finished: " + referral.status().label().toLowerCase(Locale.UK) + " since "
                + UkDate.format(referral.statusChangedOn());
    }
}
