package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.disposal.Plea;

/** The plea entered; a guilty plea convicts on the day. */
public record PleaRequest(
        @Schema(description = "The court case's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) Plea plea,
        @Schema(required = true, example = "2026-04-02") LocalDate pleadedOn) {
}
