package uk.org.throughline.interfaces.caution.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** A condition complied with, failed or withdrawn; any failure fails the caution. */
public record ConditionStatusRequest(
        @Schema(description = "The caution's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, description = "COMPLIED, FAILED or WITHDRAWN") ComplianceStatus status,
        @Schema(required = true, example = "2026-04-17") LocalDate on,
        @Schema(description = "Required unless complied", example = "Did not attend the second workshop; no reason given")
        String note,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false") Boolean noteShareable) {
}
