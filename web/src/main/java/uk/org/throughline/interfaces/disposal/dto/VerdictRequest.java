package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.Verdict;

/** How the case was decided; guilty leads to sentence, anything else ends the case. */
public record VerdictRequest(
        @Schema(description = "The court case's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) Verdict verdict,
        @Schema(required = true, example = "2026-05-11") LocalDate verdictOn) {
}
