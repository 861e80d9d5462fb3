package uk.org.throughline.interfaces.incident.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A voluntary interview as read. */
public record VoluntaryInterviewResponse(
        long id,
        long incidentId,
        String policeReference,
        long personId,
        String personName,
        @Schema(description = "London time, with its offset") OffsetDateTime interviewedAt,
        String location) {
}
