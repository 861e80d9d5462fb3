package uk.org.throughline.application.programme.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.programme.ProgrammeDocuments;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReport;
import uk.org.throughline.infrastructure.documents.EndOfProgrammeReportPdf;
import uk.org.throughline.infrastructure.documents.WarningLetter;
import uk.org.throughline.infrastructure.documents.WarningLetterPdf;
import uk.org.throughline.infrastructure.persistence.EnforcementRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Warning letters and end-of-programme reports for the staff who work with the person (those who may
 * read his records); each one produced is audited as an export of the referral in the same transaction.
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

    @EJB
    private CaseloadAccess caseload;

    @Inject
    private Clock clock;

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public byte[] warningLetter(long enforcementActionId) {
        EnforcementAction action = enforcements.get(enforcementActionId);
        ProgrammeReferral referral = action.referral();
        caseload.requireRead(referral.personId());
        Person person = people.get(referral.personId());
        Optional<StaffMember> contact = staff.findByUsername(referral.caseWorker());
        WarningLetter letter = ProgrammeDocumentContent.warningLetter(action, letterName(person),
                contact.map(StaffMember::displayName).orElse(referral.caseWorker()),
                contact.map(DefaultProgrammeDocuments::teamOf).orElse(null), staff.displayName(action.decidedBy()));
        audit.record(AuditAction.EXPORT, REFERRAL, String.valueOf(referral.id()), "Produced the warning letter of "
                + UkDate.format(action.decidedOn()) + " to " + person.displayName() + " ("
                + referral.programmeName() + ")", null);
        return WarningLetterPdf.render(letter);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public byte[] endOfProgrammeReport(long referralId, String facilitatorComments) {
        ProgrammeReferral referral = referrals.get(referralId);
        caseload.requireRead(referral.personId());
        Person person = people.get(referral.personId());
        EndOfProgrammeReport report = ProgrammeDocumentContent.endOfProgrammeReport(referral, person.displayName(),
                person.dateOfBirth(), sessions.attendanceOf(referral), facilitatorComments,
                UkDate.today(clock), staff.displayName(session.getCallerPrincipal().getName()));
        audit.record(AuditAction.EXPORT, REFERRAL, String.valueOf(referralId), "Produced the end-of-programme report "
                + "of " + person.displayName() + " (" + report.programmeName() + ")", null);
        return EndOfProgrammeReportPdf.render(report);
    }

    /** The name a letter is addressed to: "Daniel Marsh" rather than the index's "MARSH, Daniel". */
    private static String letterName(Person person) {
        return person.forenames() == null || person.forenames().isBlank() ? person.surname()
                : person.forenames() + " " + person.surname();
    }

    private static String teamOf(StaffMember member) {
        return member.teamNames() == null ? member.agency() : member.teamNames() + ", " + member.agency();
    }
}
