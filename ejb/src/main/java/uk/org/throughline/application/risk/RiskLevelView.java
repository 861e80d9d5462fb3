package uk.org.throughline.application.risk;

import java.time.LocalDate;
import uk.org.throughline.domain.model.incident.DashLevel;

/**
 * All a perpetrator-facing worker may know of a victim's risk: the current level and since when. No
 * answers, no safety plan, no MARAC details. {@code level} and {@code since} are null when none is recorded.
 */
public record RiskLevelView(long personId, String personName, DashLevel level, LocalDate since) {
}
