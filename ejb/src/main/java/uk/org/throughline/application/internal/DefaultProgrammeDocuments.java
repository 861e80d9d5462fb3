package uk.org.throughline.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.org.throughline.application.AuditTrail;
import uk.org.throughline.application.EndOfProgrammeReport;
import uk.org.throughline.application.EndOfProgrammeReport.Attendance;
import uk.org.throughline.application.EndOfProgrammeReport.Mark;
import uk.org.throughline.application.EndOfProgrammeReport.SessionLine;
import uk.org.throughline.application.ProgrammeDocuments;
import uk.org.throughline.application.WarningLetter;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.attendance.EnforcementKind;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.CompletionProgress;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.model.staff.RoleNames;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReportPdf;
import uk.org.throughline.infrastructure.documents.WarningLetterPdf;
import uk.org.throughline.infrastructure.persistence.EnforcementRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Warning letters and end-of-programme reports for the staff who work with the person; each one
 * produced is audited as an export of the referral in the same transaction.
 */
@Stateless
public class DefaultProgrammeDocuments implements ProgrammeDocuments {

    private static final String REFERRAL = "ProgrammeReferral";

    @Resource
    private SessionContext session;

    @Inject
    private EnforcementRepository enforcements;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private SessionRepository sessions;

    @Inject
    private PersonRepository people;

    @Inject
    private StaffRepository staff;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed({RoleNames.PROBATION, RoleNames.YOT, RoleNames.PROGRAMME_FACILITATOR, RoleNames.MANAGER,
            RoleNames.ADMIN})
    public byte[] warningLetter(long enforcementActionId) {
        EnforcementAction action = enforcements.get(enforcementActionId);
        if (action.kind() != EnforcementKind.WARNING) {
            throw new BusinessException("Only a warning has a letter: this is a \""
                    + action.kind().label().toLowerCase(Locale.UK) + "\".");
        }
        AttendanceRecord failure = action.failure();
        if (!failure.isFailureToComply()) {
            throw new BusinessException("The register now says \"" + failure.line().describeMark() + "\" for "
                    + failure.session().describe() + ": the failure the warning was for has been corrected.");
        }
        ProgrammeReferral referral = action.referral();
        Person person = people.get(referral.personId());
        ProgrammeSession failedAt = failure.session();
        StaffMember contact = staff.findByUsername(referral.caseWorker()).orElse(null);
        WarningLetter letter = new WarningLetter("Referral " + referral.id() + ", warning " + action.id(),
                letterName(person), referral.programmeName(), failedAt.number(), failedAt.moduleName(),
                failedAt.sessionDate(), failure.mark().present()
                        ? "You attended but did not comply with what the programme requires of you."
                        : "You did not attend and have not shown a reasonable excuse.",
                action.decidedOn(), action.respondBy(),
                contact == null ? referral.caseWorker() : contact.displayName(),
                contact == null ? null : teamOf(contact), staffName(action.decidedBy()));
        audit.record(AuditAction.EXPORT, REFERRAL, String.valueOf(referral.id()), "Produced the warning letter of "
                + UkDate.format(action.decidedOn()) + " to " + person.displayName() + " ("
                + referral.programmeName() + ")", null);
        return WarningLetterPdf.render(letter);
    }

    @Override
    @RolesAllowed({RoleNames.PROBATION, RoleNames.YOT, RoleNames.PROGRAMME_FACILITATOR, RoleNames.MANAGER,
            RoleNames.ADMIN})
    public byte[] endOfProgrammeReport(long referralId, String facilitatorComments) {
        ProgrammeReferral referral = referrals.get(referralId);
        Programme programme = referral.programme().orElseThrow(() -> new BusinessException("The referral names \""
                + referral.programmeName() + "\", which is not a programme in the catalogue: choose the programme "
                + "first."));
        Person person = people.get(referral.personId());
        List<AttendanceRecord> records = sessions.attendanceOf(referral);
        CompletionProgress progress = programme.progress(AttendanceRecord.sessionsCovered(records));
        LocalDate today = PoliceMapping.today(Instant.now());
        EndOfProgrammeReport report = new EndOfProgrammeReport(person.displayName(), person.dateOfBirth(),
                programme.name(), referral.route().label(), referral.cohort().map(Cohort::name).orElse(null),
                referral.referredOn(), records.isEmpty() ? null : records.get(0).session().sessionDate(),
                records.isEmpty() ? null : records.get(records.size() - 1).session().sessionDate(),
                completionRule(programme), progress.summary(), progress.met(), outcome(referral),
                Attendance.of(records.stream().map(record -> new Mark(record.mark(), record.line().failedToComply()))
                        .toList()),
                records.stream().map(DefaultProgrammeDocuments::sessionLine).toList(),
                facilitatorComments == null || facilitatorComments.isBlank() ? null : facilitatorComments.strip(),
                today, staffName(session.getCallerPrincipal().getName()));
        audit.record(AuditAction.EXPORT, REFERRAL, String.valueOf(referralId), "Produced the end-of-programme report "
                + "of " + person.displayName() + " (" + programme.name() + ")", null);
        return EndOfProgrammeReportPdf.render(report);
    }

    private static SessionLine sessionLine(AttendanceRecord record) {
        ProgrammeSession attended = record.session();
        return new SessionLine(attended.number(), attended.sessionDate(), attended.moduleName(),
                attended.catchUpFor().isPresent(), record.line().describeMark());
    }

    private static String completionRule(Programme programme) {
        return programme.completionRule() == CompletionRule.ATTENDANCE_PERCENTAGE
                ? "At least " + programme.completionPercentage() + "% of the " + programme.sessionCount()
                        + " sessions attended, catch-ups included"
                : "Every session of the required modules attended, catch-ups included";
    }

    /** How the referral stands; the reason's label only, since notes written with it may name others. */
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

    /** The name a letter is addressed to: "Daniel Marsh" rather than the index's "MARSH, Daniel". */
    private static String letterName(Person person) {
        return person.forenames() == null || person.forenames().isBlank() ? person.surname()
                : person.forenames() + " " + person.surname();
    }

    private static String teamOf(StaffMember member) {
        return member.team() == null ? member.agency() : member.team() + ", " + member.agency();
    }

    private String staffName(String username) {
        return staff.findByUsername(username).map(StaffMember::displayName).orElse(username);
    }
}
