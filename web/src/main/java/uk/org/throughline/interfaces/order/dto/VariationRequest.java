package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** The court varied the order: conditions added or removed, and what it said. */
public record VariationRequest(
        @Schema(description = "The order's version as read; required unless an If-Match header is sent") Long version,
        @Schema(required = true, example = "2026-12-01") LocalDate variedOn,
        @Schema(required = true, example = "No-approach distance added at the return hearing") String description,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false")
        Boolean descriptionShareable,
        List<ConditionDto> addedConditions,
        @Schema(description = "Ids of current conditions the variation removes") List<Long> removedConditionIds) {
}
