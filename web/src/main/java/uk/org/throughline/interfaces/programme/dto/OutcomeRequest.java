package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.NotCompletedReason;

/** The referral ended without completion. */
public record OutcomeRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) NotCompletedReason reason,
        @Schema(example = "Moved to Leicester; referred on to the local provider") String note,
        @Schema(required = true, example = "2026-11-20") LocalDate on) {
}
