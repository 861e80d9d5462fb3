package uk.org.throughline.interfaces.disposal.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.RequirementType;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** A requirement of a community order or suspended sentence. */
public record RequirementDto(
        @Schema(required = true) RequirementType type,
        @Schema(example = "Building Better Relationships, 30 sessions") String detail,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false") Boolean detailShareable) {
}
