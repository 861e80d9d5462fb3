package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place in a cohort. */
public record AllocationRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) Long cohortId,
        @Schema(required = true, example = "2026-11-12") LocalDate on) {
}
