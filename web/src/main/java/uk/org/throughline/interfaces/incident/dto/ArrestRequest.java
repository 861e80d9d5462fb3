package uk.org.throughline.interfaces.incident.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The arrest of someone recorded as a suspect of the incident. */
public record ArrestRequest(
        @Schema(required = true, example = "17") Long incidentId,
        @Schema(required = true, description = "A suspect of the incident", example = "42") Long personId,
        @Schema(required = true, example = "NC/26/01234") String custodyRecordNumber,
        @Schema(required = true, description = "With its offset; not before the incident nor in the future",
                example = "2026-03-14T23:15:00Z") OffsetDateTime arrestedAt,
        @Schema(required = true, example = "Northampton Criminal Justice Centre") String station) {
}
