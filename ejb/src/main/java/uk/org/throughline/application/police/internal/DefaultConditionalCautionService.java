package uk.org.throughline.application.police.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionForms.ConditionStatusForm;
import uk.org.throughline.application.police.CautionForms.DecisionForm;
import uk.org.throughline.application.police.CautionForms.WithdrawalForm;
import uk.org.throughline.application.police.CautionSchemeView;
import uk.org.throughline.application.police.CautionView;
import uk.org.throughline.application.police.ConditionalCautionService;
import uk.org.throughline.application.police.EligibilityView;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.CautionTimescales;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.caution.EligibilityAssessment;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Conditional cautions. Police and admin check eligibility, give them and record their course;
 * probation, YOT and managers read them. One transaction per method, with its audit rows: giving a
 * caution saves its disposal and programme referrals in the same transaction, or nothing.
 */
@Stateless
public class DefaultConditionalCautionService implements ConditionalCautionService {

    private static final String CAUTION = "ConditionalCaution";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private CautionRecorder recorder;

    @Inject
    private CautionRepository cautions;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private PersonRepository people;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    /** Scheme settings are not personal data, so reading them is not audited. */
    @Override
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    public List<CautionSchemeView> schemes() {
        return cautions.activeSchemes().stream()
                .map(scheme -> new CautionSchemeView(scheme.id(), scheme.name(), scheme.programmeName()))
                .toList();
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public EligibilityView assessEligibility(CautionForm form) {
        if (form.schemeId() == null) {
            throw new InvalidFieldException("schemeId", "Select the diversion scheme to check the case against");
        }
        CautionRecorder.CautionCase cautionCase = recorder.caseOf(form, UkDate.today(clock));
        EligibilityAssessment assessment = recorder.assess(cautionCase, form);
        audit.record(AuditAction.VIEW, CAUTION, null, "Checked " + cautionCase.person().displayName()
                + " against " + cautionCase.scheme().name() + "'s eligibility for incident "
                + cautionCase.contact().incident().reference() + ": " + (assessment.eligible() ? "eligible"
                        : assessment.failures().size() + " of " + assessment.results().size() + " rules failed"),
                null);
        return CautionMapping.eligibilityView(cautionCase.scheme(), assessment);
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CautionView give(CautionForm form) {
        Instant now = clock.instant();
        ConditionalCaution caution = recorder.give(form, session.getCallerPrincipal().getName(),
                UkDate.dayOf(now), now);
        String personName = people.displayName(caution.personId());
        List<ProgrammeReferral> made = referrals.madeByCaution(caution.id());
        OutcomeAudit.recorded(audit, caution.disposal(), personName);
        audit.record(AuditAction.CREATE, CAUTION, String.valueOf(caution.id()), "Gave " + personName + " a "
                + caution.type().label().toLowerCase(Locale.UK) + " for " + caution.offence().description()
                + referralSummary(made), caution.eligibilityOverrideReason());
        return view(caution, personName, now);
    }

    @Override
    @RolesAllowed(PolicePermissions.READ_OUTCOMES)
    public CautionView view(long cautionId) {
        ConditionalCaution caution = cautions.get(cautionId);
        caseload.requireRead(caution.personId());
        String personName = people.displayName(caution.personId());
        audit.record(AuditAction.VIEW, CAUTION, String.valueOf(cautionId),
                "Viewed the conditional caution of " + personName + " (incident " + caution.incident().reference()
                        + ")", null);
        return view(caution, personName, clock.instant());
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CautionView changeConditionStatus(long cautionId, long expectedVersion, long conditionId,
            ConditionStatusForm form) {
        return change(cautionId, expectedVersion, (caution, now) -> {
            CautionCondition condition = caution.condition(conditionId);
            caution.changeConditionStatus(condition, form.status(), form.on(),
                    new PoliceText(form.note(), form.noteShareable()), UkDate.dayOf(now), now);
            return "Recorded the condition \"" + condition.description().text() + "\" as "
                    + form.status().label().toLowerCase(Locale.UK);
        });
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CautionView withdraw(long cautionId, long expectedVersion, WithdrawalForm form) {
        return change(cautionId, expectedVersion, (caution, now) -> {
            caution.withdraw(form.reason(), form.on(), UkDate.dayOf(now), now);
            return "Withdrew the conditional caution";
        });
    }

    @Override
    @RolesAllowed(PolicePermissions.RECORD)
    public CautionView recordDecision(long cautionId, long expectedVersion, DecisionForm form) {
        return change(cautionId, expectedVersion, (caution, now) -> {
            caution.recordNonComplianceDecision(form.decision(), form.decisionMaker(), form.decidedOn(), form.reason(),
                    UkDate.dayOf(now), now);
            return "Recorded the non-compliance decision \"" + form.decision().label() + "\" ("
                    + form.decisionMaker().label() + ")" + caution.prosecution().map(this::charged).orElse("");
        });
    }

    /**
     * Applies one change to a caution as the user last read it, writes it and audits it.
     *
     * @param change makes the change and says what it was, for the audit trail
     */
    private CautionView change(long cautionId, long expectedVersion,
            BiFunction<ConditionalCaution, Instant, String> change) {
        Instant now = clock.instant();
        ConditionalCaution caution = cautions.get(cautionId);
        String personName = people.displayName(caution.personId());
        String description = "The conditional caution of " + personName;
        OptimisticLock.require(caution.version(), expectedVersion, description);
        String summary = change.apply(caution, now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, CAUTION, String.valueOf(cautionId), summary + " for " + personName
                + " (incident " + caution.incident().reference() + ")", null);
        return view(caution, personName, now);
    }

    private CautionView view(ConditionalCaution caution, String personName, Instant now) {
        return CautionMapping.view(caution, personName, referrals.madeByCaution(caution.id()),
                UkDate.dayOf(now), CautionTimescales.from(System::getProperty), VictimAccess.textReader(session));
    }

    /** Writes the charge a decision to prosecute made, with its court case, and audits both. */
    private String charged(Disposal charge) {
        disposals.add(charge);
        OutcomeAudit.recorded(audit, charge, people.displayName(charge.personId()));
        return "; charged the original offence";
    }

    private static String referralSummary(List<ProgrammeReferral> made) {
        return made.isEmpty() ? "" : "; referred to " + made.stream()
                .map(ProgrammeReferral::programmeName)
                .collect(Collectors.joining(", "));
    }
}
