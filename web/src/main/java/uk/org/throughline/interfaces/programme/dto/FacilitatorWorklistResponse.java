package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in facilitator's sessions and unfinished registers, as of {@code today} in London. */
public record FacilitatorWorklistResponse(
        LocalDate today,
        List<SessionResponse> sessionsToday,
        @Schema(description = "Monday to Sunday, today's included") List<SessionResponse> sessionsThisWeek,
        @Schema(description = "Past sessions with someone not yet marked") List<SessionResponse> registersNotCompleted) {
}
