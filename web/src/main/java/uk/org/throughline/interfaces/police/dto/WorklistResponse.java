package uk.org.throughline.interfaces.police.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What police must act on next, as of {@code today} in London. */
public record WorklistResponse(
        LocalDate today,
        @Schema(description = "Active cautions whose compliance deadline is near") List<WorklistCautionResponse> cautionsDue,
        @Schema(description = "Cautions failed, or past their deadline, waiting for a non-compliance decision")
        List<WorklistCautionResponse> awaitingDecision,
        @Schema(description = "Open cautions whose summary time limit to charge is near or would pass first")
        List<WorklistCautionResponse> timeLimitsApproaching,
        @Schema(description = "Bail conditions in force that expire soon") List<WorklistBailResponse> bailExpiring) {
}
