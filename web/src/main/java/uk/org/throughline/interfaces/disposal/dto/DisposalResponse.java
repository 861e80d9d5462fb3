package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.OutcomeType;

/**
 * A disposal as read. Exactly one of {@code arrestId} and {@code voluntaryInterviewId} is set;
 * {@code courtCaseId} for a charge, {@code conditionalCautionId} for a conditional caution.
 */
public record DisposalResponse(
        long id,
        long incidentId,
        String policeReference,
        long personId,
        String personName,
        Long arrestId,
        Long voluntaryInterviewId,
        OutcomeType outcomeType,
        @Schema(description = "The Home Office outcome code", example = "1") int outcomeCode,
        @Schema(example = "Charged or summonsed") String outcomeLabel,
        DecisionMaker decisionMaker,
        LocalDate decidedOn,
        String reason,
        Long courtCaseId,
        Long conditionalCautionId) {
}
