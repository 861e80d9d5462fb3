package uk.org.throughline.interfaces.incident.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** One bail condition as worded on the bail notice. */
public record BailConditionRequest(
        @Schema(required = true, example = "Not to contact Jane Doe directly or indirectly") String text,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false") Boolean wordingShareable,
        @Schema(required = true, example = "2026-04-12") LocalDate expiresOn) {
}
