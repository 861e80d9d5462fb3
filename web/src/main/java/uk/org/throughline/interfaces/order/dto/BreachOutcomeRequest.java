package uk.org.throughline.interfaces.order.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a breach ended. */
public record BreachOutcomeRequest(
        @Schema(description = "The breach's version as read; required unless an If-Match header is sent") Long version,
        @Schema(required = true, example = "Convicted at Northampton Magistrates' Court, 12 weeks' custody suspended")
        String outcome) {
}
