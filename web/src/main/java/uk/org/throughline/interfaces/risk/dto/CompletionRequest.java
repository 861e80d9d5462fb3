package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records an action as done. */
public record CompletionRequest(
        @Schema(description = "The action's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2026-12-08") LocalDate completedOn) {
}
