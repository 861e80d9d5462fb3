package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.SentenceType;

/** The sentence passed; a community order needs at least one requirement. */
public record SentenceRequest(
        @Schema(description = "The court case's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) SentenceType sentenceType,
        @Schema(required = true, example = "2026-06-01") LocalDate sentencedOn,
        @Schema(description = "When the order or licence ends, if known", example = "2027-06-01") LocalDate endsOn,
        List<RequirementDto> requirements) {
}
