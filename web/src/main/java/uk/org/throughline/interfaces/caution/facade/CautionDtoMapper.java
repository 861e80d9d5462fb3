package uk.org.throughline.interfaces.caution.facade;

import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionForms.ConditionStatusForm;
import uk.org.throughline.application.police.CautionForms.DecisionForm;
import uk.org.throughline.application.police.CautionForms.WithdrawalForm;
import uk.org.throughline.application.police.CautionSchemeView;
import uk.org.throughline.application.police.CautionView;
import uk.org.throughline.application.police.EligibilityView;
import uk.org.throughline.interfaces.caution.dto.CautionRequest;
import uk.org.throughline.interfaces.caution.dto.CautionResponse;
import uk.org.throughline.interfaces.caution.dto.ConditionResponse;
import uk.org.throughline.interfaces.caution.dto.ConditionStatusRequest;
import uk.org.throughline.interfaces.caution.dto.DecisionRequest;
import uk.org.throughline.interfaces.caution.dto.EligibilityResponse;
import uk.org.throughline.interfaces.caution.dto.ReferralResponse;
import uk.org.throughline.interfaces.caution.dto.SchemeResponse;
import uk.org.throughline.interfaces.caution.dto.WithdrawalRequest;
import uk.org.throughline.interfaces.shared.dto.RuleResultDto;
import uk.org.throughline.interfaces.shared.rest.RequestLists;

/** Converts the API's conditional-caution JSON to the application's forms and back; a flag left out is false. */
public final class CautionDtoMapper {

    private CautionDtoMapper() {
    }

    public static CautionForm toForm(CautionRequest request) {
        return new CautionForm(request.arrestId(), request.voluntaryInterviewId(), request.cautionType(),
                request.schemeId(), request.offenceIndex(), request.cautionedOn(),
                Boolean.TRUE.equals(request.offenceAdmitted()), Boolean.TRUE.equals(request.consentSigned()),
                request.victimViews(), Boolean.TRUE.equals(request.victimRaisesSpecificRisk()),
                request.appropriateAdult(), request.complianceDeadline(), request.decisionMaker(),
                RequestLists.map(request.conditions(), c -> new CautionForm.ConditionEntry(c.type(), c.description(),
                        c.programmeName(), c.startsOn(), c.endsOn(), c.amount())),
                request.eligibilityOverrideReason());
    }

    public static ConditionStatusForm toForm(ConditionStatusRequest request) {
        return new ConditionStatusForm(request.status(), request.on(), request.note());
    }

    public static WithdrawalForm toForm(WithdrawalRequest request) {
        return new WithdrawalForm(request.on(), request.reason());
    }

    public static DecisionForm toForm(DecisionRequest request) {
        return new DecisionForm(request.decision(), request.decisionMaker(), request.decidedOn(), request.reason());
    }

    public static SchemeResponse toResponse(CautionSchemeView scheme) {
        return new SchemeResponse(scheme.id(), scheme.name(), scheme.programmeName());
    }

    public static EligibilityResponse toResponse(EligibilityView eligibility) {
        return new EligibilityResponse(eligibility.schemeId(), eligibility.schemeName(), eligibility.eligible(),
                eligibility.rules().stream()
                        .map(r -> new RuleResultDto(r.code(), r.label(), r.passed(), r.reason())).toList());
    }

    public static CautionResponse toResponse(CautionView caution) {
        return new CautionResponse(caution.id(), caution.version(), caution.disposalId(), caution.incidentId(),
                caution.policeReference(), caution.personId(), caution.personName(), caution.type(),
                caution.schemeName(), caution.offenceDescription(), caution.offenceClass(), caution.offenceDate(),
                caution.cautionedOn(), caution.victimViews(), caution.appropriateAdult(), caution.complianceDeadline(),
                caution.status(), caution.statusChangedOn(), caution.withdrawalReason(), caution.decision(),
                caution.decisionMaker(), caution.decidedOn(), caution.decisionReason(),
                caution.eligibilityOverrideReason(), caution.eligibilityFailures(),
                caution.conditions().stream()
                        .map(c -> new ConditionResponse(c.id(), c.type(), c.description(), c.programmeName(),
                                c.startsOn(), c.endsOn(), c.amount(), c.status(), c.statusChangedOn(), c.statusNote()))
                        .toList(),
                caution.referrals().stream()
                        .map(r -> new ReferralResponse(r.id(), r.programmeName(), r.route(), r.status(), r.referredOn()))
                        .toList(),
                caution.chargeBy(), caution.timeLimitWarning());
    }
}
