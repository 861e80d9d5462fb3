package uk.org.throughline.interfaces.incident.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suspect of the incident interviewed under caution without arrest. */
public record VoluntaryInterviewRequest(
        @Schema(required = true, example = "17") Long incidentId,
        @Schema(required = true, example = "42") Long personId,
        @Schema(required = true, description = "With its offset; not before the incident nor in the future",
                example = "2026-03-20T10:00:00Z") OffsetDateTime interviewedAt,
        @Schema(required = true, example = "Weston Favell police station") String location) {
}
