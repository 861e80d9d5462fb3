package uk.org.throughline.interfaces.incident.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.InvolvementRole;

/** A person from the index and the part they played in the incident. */
public record InvolvedPersonDto(
        @Schema(required = true, example = "42") Long personId,
        @Schema(readOnly = true, description = "Ignored in requests", example = "SMITH, John") String displayName,
        @Schema(required = true) InvolvementRole role) {
}
