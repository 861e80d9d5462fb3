package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.risk.SafetyPlanStatus;

/** One measure of a safety plan, new or as it now stands. */
public record SafetyPlanItemRequest(
        @Schema(description = "For a change: the item's version as read, unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "Panic alarm fitted by police") String action,
        @Schema(required = true, example = "Police") String owner,
        LocalDate dueOn,
        LocalDate reviewOn,
        @Schema(required = true, example = "AGREED") SafetyPlanStatus status) {
}
