package uk.org.throughline.interfaces.programme.dto;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every session of the programme, on {@code day} at {@code startTime} from the first such day on or after {@code from}. */
public record ScheduleRequest(
        @Schema(required = true, example = "2026-12-01") LocalDate from,
        @Schema(required = true, example = "TUESDAY") DayOfWeek day,
        @Schema(required = true, example = "18:00") LocalTime startTime) {
}
