package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionForms.ConditionStatusForm;
import uk.org.throughline.application.police.CautionForms.DecisionForm;
import uk.org.throughline.application.police.CautionForms.WithdrawalForm;

/**
 * Conditional cautions from eligibility to compliance or the non-compliance decision. Giving and
 * changing is for police (and admin); probation and YOT may read, without the victim's views and
 * the wording and notes police did not mark shareable. Every read and change is audited in its own
 * transaction; a change takes the version the user read.
 */
public interface ConditionalCautionService {

    /** The active diversion schemes to choose from. */
    List<CautionSchemeView> schemes();

    /** Checks the form's case against the chosen scheme's rules without recording anything (audited). */
    EligibilityView assessEligibility(@NotNull @Valid CautionForm form);

    /**
     * Records the disposal and the caution together, and a programme referral (route "conditional
     * caution") for each rehabilitative condition.
     *
     * @throws uk.org.throughline.domain.model.caution.IneligibleForCautionException if scheme rules failed
     *         and no reason to proceed was given
     * @throws uk.org.throughline.domain.shared.InvalidFieldException on "eligibilityOverrideReason" if rules
     *         failed and the caller's rank is below inspector
     */
    CautionView give(@NotNull @Valid CautionForm form);

    CautionView view(long cautionId);

    CautionView changeConditionStatus(long cautionId, long expectedVersion, long conditionId,
            @NotNull @Valid ConditionStatusForm form);

    CautionView withdraw(long cautionId, long expectedVersion, @NotNull @Valid WithdrawalForm form);

    /**
     * Records what was decided after the caution failed; a decision to prosecute also charges the original
     * offence and opens its court case, in the same transaction.
     */
    CautionView recordDecision(long cautionId, long expectedVersion, @NotNull @Valid DecisionForm form);
}
