package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hearing listed (a future date, no result yet) or held (with its result). */
public record HearingRequest(
        @Schema(description = "The court case's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true, example = "2026-04-02") LocalDate hearingDate,
        @Schema(required = true, example = "Northampton Magistrates' Court") String court,
        @Schema(example = "Adjourned for trial") String result) {
}
