package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.DashLevel;

/**
 * A victim's risk over time: her DASH assessments and the DASH levels police recorded at the scene
 * of incidents where she was the victim, oldest first. The current level is the latest.
 */
public record RiskHistory(List<Entry> entries) {

    /**
     * One level on one day.
     *
     * @param score        the checklist score; null for a level police recorded at the scene
     * @param assessmentId the assessment, or null for a level recorded at the scene
     * @param incidentId   the incident the level was recorded at or the assessment follows, or null
     */
    public record Entry(LocalDate on, DashLevel level, Integer score, String source, Long assessmentId,
            Long incidentId) {

        public boolean atScene() {
            return assessmentId == null;
        }
    }

    /** On the same day a level at the scene comes before the assessment that follows it. */
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::on)
            .thenComparing(entry -> !entry.atScene())
            .thenComparing(entry -> entry.assessmentId() == null ? 0L : entry.assessmentId());

    public RiskHistory {
        entries = entries.stream().sorted(ORDER).toList();
    }

    public static Entry of(RiskAssessment assessment) {
        return new Entry(assessment.assessedOn(), assessment.level(), assessment.score(), assessment.source().label(),
                assessment.id(), assessment.incidentId());
    }

    public Optional<Entry> current() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /** Whether a new level would take her to high risk from below it (or from no level at all). */
    public boolean risesToHigh(DashLevel newLevel) {
        return newLevel == DashLevel.HIGH && current().map(Entry::level).orElse(null) != DashLevel.HIGH;
    }
}
