package uk.org.throughline.interfaces.order.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When the order was served on the respondent. */
public record ServiceRequest(
        @Schema(description = "The order's version as read; required unless an If-Match header is sent") Long version,
        @Schema(required = true, example = "2026-11-20T15:30:00Z") OffsetDateTime servedAt) {
}
