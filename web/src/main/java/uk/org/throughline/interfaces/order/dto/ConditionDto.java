package uk.org.throughline.interfaces.order.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.order.ConditionKind;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/**
 * A condition of an order: metres for NO_APPROACH, an address for EXCLUSION_ADDRESS, a detail for the others.
 * The flags default to what protects her: an excluded address is hers and the wording is not shared.
 */
public record ConditionDto(
        @Schema(required = true) ConditionKind kind,
        @Schema(example = "Must not contact her directly or through any other person") String detail,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false") Boolean wordingShareable,
        @Schema(example = "100") Integer metres,
        @Schema(example = "4 Elm Road") String addressLine,
        @Schema(example = "Northampton") String town,
        @Schema(example = "NN1 4AB") String postcode,
        @Schema(description = "The excluded address is where a protected person lives: withheld from probation, YOT "
                + "and facilitators. Absent: true; send false only for an address that is no protected person's",
                defaultValue = "true") Boolean victimsAddress) {
}
