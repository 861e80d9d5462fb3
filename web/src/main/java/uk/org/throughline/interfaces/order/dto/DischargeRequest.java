package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The court discharged the order; for a notice, the full-order hearing replaced it. */
public record DischargeRequest(
        @Schema(description = "The order's version as read; required unless an If-Match header is sent") Long version,
        @Schema(required = true, example = "2026-12-01") LocalDate dischargedOn,
        @Schema(required = true, example = "DVPO made at the hearing") String reason) {
}
