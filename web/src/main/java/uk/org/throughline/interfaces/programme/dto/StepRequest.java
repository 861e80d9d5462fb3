package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lifecycle step that needs only its date: joining the waiting list, completing. */
public record StepRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2026-11-10") LocalDate on) {
}
