package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catch-up of a missed session for the referrals named. */
public record CatchUpRequest(
        @Schema(required = true) List<Long> referralIds,
        @Schema(required = true, example = "2026-12-03") LocalDate date,
        @Schema(required = true, example = "10:00") LocalTime startTime) {
}
