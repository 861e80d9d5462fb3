package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One session moved. */
public record RescheduleRequest(
        @Schema(description = "The session's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2027-01-05") LocalDate date,
        @Schema(required = true, example = "18:00") LocalTime startTime,
        @Schema(required = true, example = "The venue is closed for repairs") String reason) {
}
