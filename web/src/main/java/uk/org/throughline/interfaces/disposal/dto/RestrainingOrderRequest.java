package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That the court made a restraining order, on conviction or acquittal. */
public record RestrainingOrderRequest(
        @Schema(description = "The court case's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2026-06-01") LocalDate madeOn) {
}
