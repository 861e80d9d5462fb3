package uk.org.throughline.interfaces.victim.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.victim.SupportForms.DecisionForm;
import uk.org.throughline.domain.model.victim.SupportDecision;

/** Her answer to the support offered alongside his referral, on her plan at the version as read. */
public record SupportDecisionRequest(
        @Schema(required = true, description = "The plan's version as read") Long version,
        @Schema(required = true, enumeration = {"ACCEPTED", "DECLINED"}) SupportDecision decision,
        @Schema(required = true, example = "2026-11-23") LocalDate on,
        @Schema(description = "The support worker's username; left out to keep the worker named") String worker) {

    public DecisionForm toForm() {
        return new DecisionForm(decision, on, worker);
    }
}
