package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day to add to the bank holiday table. */
public record BankHolidayRequest(
        @Schema(required = true, example = "2029-01-01") LocalDate date,
        @Schema(required = true, example = "New Year's Day") String name) {
}
