package uk.org.throughline.application.police.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.police.CourtCaseView;
import uk.org.throughline.application.police.CourtForms.HearingForm;
import uk.org.throughline.application.police.CourtForms.PleaForm;
import uk.org.throughline.application.police.CourtForms.RestrainingOrderForm;
import uk.org.throughline.application.police.CourtForms.SentenceForm;
import uk.org.throughline.application.police.CourtForms.VerdictForm;
import uk.org.throughline.application.police.DisposalForm;
import uk.org.throughline.application.police.DisposalService;
import uk.org.throughline.application.police.DisposalView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Outcomes and court cases. Police and admin record them; probation, YOT and managers read them,
 * probation and YOT a sentence requirement's detail only where police marked it shareable. One
 * transaction per method, with its audit row.
 */
@Stateless
public class DefaultDisposalService implements DisposalService {

    @Inject
    private Clock clock;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private CustodyRepository custody;

    @Inject
    private CautionRepository cautions;

    @Inject
    private PersonRepository people;

    @Inject
    private OutcomeHistory outcomes;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public DisposalView record(DisposalForm form) {
        Instant now = clock.instant();
        SuspectContact contact = PoliceMapping.contact(custody, form.arrestId(), form.voluntaryInterviewId());
        outcomes.requireMayRecord(contact, form.outcomeType());
        // a simple caution has the same age limits as a conditional one
        CautionType.countedAs(form.outcomeType()).ifPresent(caution -> caution.checkAgeRange(
                people.get(contact.personId()).dateOfBirth(), form.decidedOn(), "outcomeType", "caution"));
        Disposal disposal = new Disposal(contact, form.outcomeType(), form.decisionMaker(), form.decidedOn(),
                form.reason(), UkDate.dayOf(now), now);
        disposals.add(disposal);
        String personName = people.displayName(disposal.personId());
        OutcomeAudit.recorded(audit, disposal, personName);
        return PoliceMapping.disposalView(disposal, personName, null);
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    public DisposalView view(long disposalId) {
        Disposal disposal = disposals.get(disposalId);
        caseload.requireRead(disposal.personId());
        String personName = people.displayName(disposal.personId());
        audit.record(AuditAction.VIEW, OutcomeAudit.DISPOSAL, String.valueOf(disposalId), "Viewed the outcome for " + personName
                + " (incident " + disposal.incident().reference() + ")", null);
        return PoliceMapping.disposalView(disposal, personName,
                cautions.findByDisposal(disposalId).map(ConditionalCaution::id).orElse(null));
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    public CourtCaseView viewCourtCase(long courtCaseId) {
        CourtCase courtCase = disposals.getCourtCase(courtCaseId);
        caseload.requireRead(courtCase.personId());
        String personName = people.displayName(courtCase.personId());
        audit.record(AuditAction.VIEW, OutcomeAudit.COURT_CASE, String.valueOf(courtCaseId),
                "Viewed the court case of " + personName, null);
        return PoliceMapping.courtCaseView(courtCase, personName, VictimAccess.textReader(session));
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CourtCaseView addHearing(long courtCaseId, long expectedVersion, HearingForm form) {
        return change(courtCaseId, expectedVersion, (courtCase, now) -> {
            courtCase.addHearing(form.hearingDate(), form.court(), form.result(), UkDate.dayOf(now), now);
            return "Added the hearing on " + UkDate.format(form.hearingDate()) + " at " + form.court();
        });
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CourtCaseView recordPlea(long courtCaseId, long expectedVersion, PleaForm form) {
        return change(courtCaseId, expectedVersion, (courtCase, now) -> {
            courtCase.recordPlea(form.plea(), form.pleadedOn(), UkDate.dayOf(now), now);
            return "Recorded the plea \"" + form.plea().label() + "\" on " + UkDate.format(form.pleadedOn());
        });
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CourtCaseView recordVerdict(long courtCaseId, long expectedVersion, VerdictForm form) {
        return change(courtCaseId, expectedVersion, (courtCase, now) -> {
            courtCase.recordVerdict(form.verdict(), form.verdictOn(), UkDate.dayOf(now), now);
            return "Recorded the verdict \"" + form.verdict().label() + "\" on " + UkDate.format(form.verdictOn());
        });
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CourtCaseView recordSentence(long courtCaseId, long expectedVersion, SentenceForm form) {
        return change(courtCaseId, expectedVersion, (courtCase, now) -> {
            courtCase.recordSentence(form.sentenceType(), form.sentencedOn(), form.endsOn(),
                    PoliceMapping.requirements(form), UkDate.dayOf(now), now);
            return "Recorded the sentence \"" + form.sentenceType().label() + "\" on "
                    + UkDate.format(form.sentencedOn());
        });
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CourtCaseView recordRestrainingOrderMade(long courtCaseId, long expectedVersion, RestrainingOrderForm form) {
        return change(courtCaseId, expectedVersion, (courtCase, now) -> {
            courtCase.recordRestrainingOrderMade(form.madeOn(), UkDate.dayOf(now), now);
            return "Recorded that a restraining order was made on " + UkDate.format(form.madeOn());
        });
    }

    /**
     * Applies one change to a court case as the user last read it, writes it and audits it.
     *
     * @param change makes the change and says what it was, for the audit trail
     */
    private CourtCaseView change(long courtCaseId, long expectedVersion, BiFunction<CourtCase, Instant, String> change) {
        Instant now = clock.instant();
        CourtCase courtCase = disposals.getCourtCase(courtCaseId);
        String personName = people.displayName(courtCase.personId());
        String description = "The court case of " + personName;
        OptimisticLock.require(courtCase.version(), expectedVersion, description);
        String summary = change.apply(courtCase, now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, OutcomeAudit.COURT_CASE, String.valueOf(courtCaseId),
                summary + " in the court case of " + personName, null);
        return PoliceMapping.courtCaseView(courtCase, personName, VictimAccess.textReader(session));
    }
}
