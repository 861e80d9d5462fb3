package uk.org.throughline.interfaces.order.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.order.BreachRoute;
import uk.org.throughline.domain.model.order.PoliceAction;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** A breach as police record it. */
public record BreachRequest(
        @Schema(required = true, description = "Inside the order's in-force period", example = "2026-11-22T21:15:00Z")
        OffsetDateTime occurredAt,
        @Schema(required = true, description = "The id of the condition breached, from the order") Long conditionId,
        @Schema(required = true, example = "Came to her door and shouted through the letterbox") String whatHappened,
        @Schema(required = true, example = "The victim, by 999 call") String reportedBy,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION + " (for what happened and who reported it)",
                defaultValue = "false") Boolean accountShareable,
        @Schema(required = true) PoliceAction policeAction,
        @Schema(description = "The offence for CHARGED or SUMMONSED (e.g. Family Law Act 1996 s.42A); the reason for NO_ACTION")
        String actionDetail,
        @Schema(description = "Only for orders whose breach may be the offence or contempt (non-molestation, DAPO, FMPO, FGMPO)")
        BreachRoute route,
        String outcome,
        @Schema(description = "The incident the breach produced, if recorded") Long incidentId) {
}
