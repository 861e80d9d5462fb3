package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of the suitability assessment. */
public record AssessmentRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) Boolean suitable,
        @Schema(required = true, example = "2026-11-09") LocalDate on,
        @Schema(description = "Required when not suitable", example = "Motivated; contact with his son is supervised")
        String reason) {
}
