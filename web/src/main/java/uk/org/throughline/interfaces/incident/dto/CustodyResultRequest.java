package uk.org.throughline.interfaces.incident.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.CustodyResult;

/**
 * What custody decided. Bail and release under investigation may later be followed by a final result.
 *
 * @param version the arrest's version as read (or send it as an If-Match ETag instead)
 */
public record CustodyResultRequest(
        @Schema(description = "Required unless an If-Match header is sent", example = "0") Long version,
        @Schema(required = true) CustodyResult result,
        @Schema(required = true, example = "2026-03-15") LocalDate decidedOn,
        @Schema(description = "Required for bail with conditions") List<BailConditionRequest> bailConditions) {
}
