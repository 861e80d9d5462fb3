package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.OutcomeType;

/**
 * The outcome decided for a suspect: give the arrest or the voluntary interview it follows. A
 * conditional caution is given at /api/cautions instead, which records its disposal with it.
 */
public record DisposalRequest(
        @Schema(description = "The arrest the decision follows (or give voluntaryInterviewId)", example = "23")
        Long arrestId,
        @Schema(description = "The voluntary interview the decision follows (or give arrestId)") Long voluntaryInterviewId,
        @Schema(required = true, description = "Home Office outcome type; CHARGED_OR_SUMMONSED opens a court case")
        OutcomeType outcomeType,
        @Schema(required = true) DecisionMaker decisionMaker,
        @Schema(required = true, example = "2026-03-16") LocalDate decidedOn,
        @Schema(required = true, example = "Sufficient evidence; CPS authorised charge") String reason) {
}
