package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.risk.Agency;

/** An action a MARAC gives one agency on a case. */
public record MaracActionRequest(
        @Schema(required = true, example = "HOUSING") Agency agency,
        @Schema(required = true, example = "Fit target hardening at her address") String action,
        @Schema(required = true, example = "2026-12-10") LocalDate dueOn) {
}
