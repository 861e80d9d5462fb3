package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice's hearing sat in time and was adjourned: the notice stays in force until the application is decided. */
public record AdjournmentRequest(
        @Schema(description = "The order's version as read; required unless an If-Match header is sent") Long version,
        @Schema(required = true, description = "The day the hearing sat", example = "2026-12-07") LocalDate adjournedOn,
        @Schema(required = true, description = "When the adjourned hearing is listed",
                example = "2026-12-10T10:00:00Z") OffsetDateTime adjournedTo,
        @Schema(required = true, example = "The respondent asked for time to instruct a solicitor") String reason) {
}
