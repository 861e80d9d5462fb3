package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme session; {@code version} goes back with a reschedule or a register save. */
public record SessionResponse(
        long id,
        long version,
        long cohortId,
        String cohortName,
        String programmeName,
        String venue,
        int number,
        String moduleName,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        @Schema(description = "The session a catch-up repeats") Long catchUpForId,
        LocalDate rescheduledFrom,
        String rescheduleReason,
        String description,
        int registerSize,
        @Schema(description = "People on the register not yet marked") int unmarked) {
}
