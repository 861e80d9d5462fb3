package uk.org.throughline.interfaces.caution.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Withdrawing the whole caution (for instance, given in error), with its active conditions. */
public record WithdrawalRequest(
        @Schema(description = "The caution's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2026-03-25") LocalDate on,
        @Schema(required = true, example = "Given in error: the offence was not admitted in interview") String reason) {
}
