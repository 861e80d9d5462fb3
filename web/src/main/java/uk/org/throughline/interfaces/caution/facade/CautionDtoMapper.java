package uk.org.throughline.interfaces.caution.facade;

import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionForms.ConditionStatusForm;
import uk.org.throughline.application.police.CautionForms.DecisionForm;
import uk.org.throughline.application.police.CautionForms.WithdrawalForm;
import uk.org.throughline.interfaces.caution.dto.CautionRequest;
import uk.org.throughline.interfaces.caution.dto.ConditionStatusRequest;
import uk.org.throughline.interfaces.caution.dto.DecisionRequest;
import uk.org.throughline.interfaces.caution.dto.WithdrawalRequest;
import uk.org.throughline.interfaces.shared.rest.RequestLists;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/**
 * Converts the API's conditional-caution JSON to the application's forms; a flag left out is false. The
 * caution, scheme and eligibility views go out as they are.
 */
public final class CautionDtoMapper {

    private CautionDtoMapper() {
    }

    public static CautionForm toForm(CautionRequest request) {
        return new CautionForm(request.arrestId(), request.voluntaryInterviewId(), request.cautionType(),
                request.schemeId(), request.offenceIndex(), request.cautionedOn(),
                Boolean.TRUE.equals(request.offenceAdmitted()), Boolean.TRUE.equals(request.consentSigned()),
                request.victimViews(), SharedWithOffenderManagers.marked(request.victimViewsShareable()),
                Boolean.TRUE.equals(request.victimRaisesSpecificRisk()),
                request.appropriateAdult(), request.complianceDeadline(), request.decisionMaker(),
                RequestLists.map(request.conditions(), c -> new CautionForm.ConditionEntry(c.type(), c.description(),
                        SharedWithOffenderManagers.marked(c.wordingShareable()), c.programmeName(), c.startsOn(),
                        c.endsOn(), c.amount(), c.hours())),
                request.eligibilityOverrideReason());
    }

    public static ConditionStatusForm toForm(ConditionStatusRequest request) {
        return new ConditionStatusForm(request.status(), request.on(), request.note(),
                SharedWithOffenderManagers.marked(request.noteShareable()));
    }

    public static WithdrawalForm toForm(WithdrawalRequest request) {
        return new WithdrawalForm(request.on(), request.reason());
    }

    public static DecisionForm toForm(DecisionRequest request) {
        return new DecisionForm(request.decision(), request.decisionMaker(), request.decidedOn(), request.reason());
    }
}
