package uk.org.throughline.interfaces.programme.dto;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort to set up. */
public record CohortRequest(
        @Schema(required = true) Long programmeId,
        @Schema(required = true, example = "Caring Dads, Kettering, spring 2027") String name,
        @Schema(required = true, example = "Kettering Family Centre, Room 2") String venue,
        @Schema(description = "Left out for the programme's own capacity", example = "8") Integer capacity,
        @Schema(required = true, description = "Usernames of the facilitators", example = "[\"facilitator.demo\"]")
        Set<String> facilitators) {
}
