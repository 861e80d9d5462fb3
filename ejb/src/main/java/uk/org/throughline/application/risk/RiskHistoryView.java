package uk.org.throughline.application.risk;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.DashLevel;

/**
 * A victim's risk over time, oldest first: her DASH assessments and the levels police recorded at the
 * scene of incidents where she was the victim. {@code currentLevel} is null when nothing is recorded.
 */
public record RiskHistoryView(long personId, String personName, DashLevel currentLevel, List<Entry> entries) {

    public RiskHistoryView {
        entries = List.copyOf(entries);
    }

    /** @param score null for a level recorded at the scene; {@code assessmentId} null likewise */
    public record Entry(LocalDate on, DashLevel level, Integer score, String source, Long assessmentId,
            Long incidentId, String incidentReference) {
    }
}
