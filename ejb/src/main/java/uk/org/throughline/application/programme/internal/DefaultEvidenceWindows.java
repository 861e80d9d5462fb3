package uk.org.throughline.application.programme.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.org.throughline.application.alert.internal.AlertRecipients;
import uk.org.throughline.application.alert.internal.Alerts;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.programme.EvidenceWindows;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.ProgrammeTimescales;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;

/**
 * Checks the evidence clock every hour (a timer on each server; the database lets one prompt through
 * per absence) and on a manager's request. Runs as the system: the prompts go to the workers of each
 * absence and say nothing beyond what his register already shows them.
 */
@Stateless
@PermitAll
public class DefaultEvidenceWindows implements EvidenceWindows {

    /** Who the audit trail names for what the timer does. */
    private static final String SYSTEM = "system";

    @Inject
    private Clock clock;

    @Inject
    private SessionRepository sessions;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private PersonRepository people;

    @Inject
    private AlertRecipients recipients;

    @Inject
    private Alerts alerts;

    @EJB
    private AuditTrail audit;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void everyHour() {
        promptJudgements();
    }

    @Override
    public int promptJudgements() {
        LocalDate today = UkDate.today(clock);
        BankHolidays holidays = programmes.bankHolidays();
        ProgrammeTimescales timescales = ProgrammeTimescales.from(System::getProperty);
        int prompted = 0;
        for (AttendanceRecord absence : sessions.awaitingEvidenceNotPrompted()) {
            if (absence.evidenceWindowClosedOn(today, holidays, timescales)
                    && sessions.markEvidencePrompted(absence, today)) {
                prompt(absence, absence.evidenceDueBy(holidays, timescales).orElseThrow(), today);
                prompted++;
            }
        }
        return prompted;
    }

    private void prompt(AttendanceRecord absence, LocalDate lastDayForEvidence, LocalDate today) {
        ProgrammeReferral referral = absence.referral();
        String what = people.displayName(referral.personId()) + "'s absence from " + absence.session().describe()
                + " of \"" + absence.session().cohort().name() + "\" (" + referral.programmeName() + ")";
        alerts.raise(AlertKind.EVIDENCE_WINDOW_CLOSED, recipients.workingWith(referral), referral.personId(),
                "ProgrammeReferral", referral.id(), what + " still awaits evidence of a reasonable excuse; the time to "
                        + "show one ended on " + UkDate.format(lastDayForEvidence) + ". Judge it acceptable or "
                        + "unacceptable in the register.", today);
        audit.recordFor(SYSTEM, AuditAction.CREATE, "AttendanceRecord", String.valueOf(absence.id()),
                "Prompted the workers to judge " + what + ": its evidence window closed on "
                        + UkDate.format(lastDayForEvidence));
    }
}
