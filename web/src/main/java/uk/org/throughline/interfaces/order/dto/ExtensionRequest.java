package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The court extended the order. */
public record ExtensionRequest(
        @Schema(description = "The order's version as read; required unless an If-Match header is sent") Long version,
        @Schema(required = true, example = "2027-05-01") LocalDate extendedOn,
        @Schema(required = true, example = "2027-11-20") LocalDate expiresOn,
        @Schema(description = "The court's reason, needed when the new duration is outside the type's limits")
        String durationReason) {
}
