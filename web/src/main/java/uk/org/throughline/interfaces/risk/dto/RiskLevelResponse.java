package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.DashLevel;

/** The victim's current risk level and since when: all a perpetrator-facing worker may know of it. */
public record RiskLevelResponse(
        long personId,
        String personName,
        @Schema(description = "Null when no level is recorded") DashLevel level,
        LocalDate since) {
}
