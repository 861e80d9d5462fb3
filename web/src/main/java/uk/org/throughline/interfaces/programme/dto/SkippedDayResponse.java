package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bank holiday the schedule stepped over. */
public record SkippedDayResponse(
        @Schema(example = "2026-12-25") LocalDate date,
        @Schema(example = "Christmas Day") String holiday) {
}
