package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.DashLevel;

/** A victim's risk over time, oldest first: assessments and the DASH levels police recorded at the scene. */
public record RiskHistoryResponse(long personId, String personName, DashLevel currentLevel, List<Entry> entries) {

    public record Entry(
            LocalDate on,
            DashLevel level,
            @Schema(description = "Null for a level recorded at the scene") Integer score,
            String source,
            @Schema(description = "Null for a level recorded at the scene") Long assessmentId,
            Long incidentId,
            String incidentReference) {
    }
}
