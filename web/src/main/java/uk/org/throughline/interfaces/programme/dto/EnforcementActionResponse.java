package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.attendance.EnforcementKind;

/** What was done about one failure to comply, and how it ended once resolved. */
public record EnforcementActionResponse(
        long id,
        @Schema(description = "Send it back with a resolution; also the ETag") long version,
        EnforcementKind kind,
        LocalDate failedOn,
        LocalDate decidedOn,
        String decidedBy,
        String reason,
        @Schema(description = "A warning's respond-by date") LocalDate respondBy,
        @Schema(description = "Null while a breach referral or task is open, and always for a warning")
        LocalDate resolvedOn,
        String resolvedBy,
        String resolution) {
}
