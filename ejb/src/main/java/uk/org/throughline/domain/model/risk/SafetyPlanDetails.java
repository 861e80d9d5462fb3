package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;

/**
 * One measure of a victim's safety plan as agreed with her.
 *
 * @param owner who will see to it: she herself, the IDVA, police, housing…
 */
public record SafetyPlanDetails(String action, String owner, LocalDate dueOn, LocalDate reviewOn,
        SafetyPlanStatus status) {
}
