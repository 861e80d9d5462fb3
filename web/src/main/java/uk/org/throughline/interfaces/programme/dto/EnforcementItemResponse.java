package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A warning, breach referral or task for the case worker. */
public record EnforcementItemResponse(
        long actionId,
        @Schema(description = "Send it back with a resolution") long version,
        long referralId,
        String personName,
        String programmeName,
        LocalDate failedOn,
        String reason,
        @Schema(description = "A warning's respond-by date") LocalDate dueOn) {
}
