package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a breach referral or a case worker's task ended. */
public record ResolutionRequest(
        @Schema(description = "The action's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2026-11-20") LocalDate resolvedOn,
        @Schema(required = true, example = "Order continued with a fine of £100")
        String resolution) {
}
