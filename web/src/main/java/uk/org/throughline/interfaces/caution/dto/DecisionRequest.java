package uk.org.throughline.interfaces.caution.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.DecisionMaker;

/** What police or the CPS decided after the caution failed. */
public record DecisionRequest(
        @Schema(description = "The caution's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) NonComplianceOutcome decision,
        @Schema(required = true) DecisionMaker decisionMaker,
        @Schema(required = true, example = "2026-04-20") LocalDate decidedOn,
        @Schema(required = true, example = "No reasonable excuse for missing the workshop") String reason) {
}
