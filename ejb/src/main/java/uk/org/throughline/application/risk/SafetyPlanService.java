package uk.org.throughline.application.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import uk.org.throughline.application.risk.RiskForms.SafetyPlanItemForm;

/**
 * A victim's safety plan, kept by her partner-contact worker (managers and administrators too);
 * police may read it. Perpetrator-facing roles never see it.
 *
 * @throws uk.org.throughline.domain.shared.ConcurrentEditException if the item changed since it was read
 */
public interface SafetyPlanService {

    SafetyPlanView plan(long personId);

    SafetyPlanView addItem(long personId, @NotNull @Valid SafetyPlanItemForm form);

    SafetyPlanView updateItem(long itemId, long expectedVersion, @NotNull @Valid SafetyPlanItemForm form);
}
