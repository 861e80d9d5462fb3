package uk.org.throughline.application.risk.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskHistoryView;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.MaracCriteria;
import uk.org.throughline.domain.model.risk.MaracFacts;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracSuggestion;
import uk.org.throughline.domain.model.risk.MaracThresholds;
import uk.org.throughline.domain.model.risk.RiskHistory;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;

/**
 * What is known of one victim's risk, gathered from her assessments, the incidents where police
 * recorded her as the victim (with the DASH level at the scene) and her MARAC referrals.
 */
@ApplicationScoped
public class VictimRisk {

    @Inject
    private RiskRepository risks;

    @Inject
    private IncidentRepository incidents;

    /** The incidents where she was the victim, oldest first. */
    public List<Incident> incidentsAsVictim(long personId) {
        return incidents.involving(personId).stream()
                .filter(incident -> incident.involvements().stream().anyMatch(involvement ->
                        involvement.personId() == personId && involvement.role() == InvolvementRole.VICTIM))
                .toList();
    }

    public RiskHistory history(long personId) {
        List<RiskHistory.Entry> entries = new ArrayList<>();
        incidentsAsVictim(personId).forEach(incident -> entries.add(new RiskHistory.Entry(incident.occurredOn(),
                incident.dashLevel(), null, AssessmentSource.POLICE_AT_SCENE.label(), null, incident.id())));
        risks.assessmentsOf(personId).forEach(assessment -> entries.add(RiskHistory.of(assessment)));
        return new RiskHistory(entries);
    }

    public RiskHistoryView historyView(long personId, String personName) {
        Map<Long, String> references = incidentsAsVictim(personId).stream()
                .collect(Collectors.toMap(Incident::id, incident -> incident.reference().value()));
        RiskHistory history = history(personId);
        return new RiskHistoryView(personId, personName,
                history.current().map(RiskHistory.Entry::level).orElse(null),
                history.entries().stream()
                        .map(entry -> new RiskHistoryView.Entry(entry.on(), entry.level(), entry.score(),
                                entry.source(), entry.assessmentId(), entry.incidentId(),
                                entry.incidentId() == null ? null : references.get(entry.incidentId())))
                        .toList());
    }

    /** The facts the MARAC criteria judge on, as they stand on {@code on}. */
    public MaracFacts maracFacts(long personId, LocalDate on) {
        return new MaracFacts(risks.latestAssessment(personId, on).orElse(null),
                incidentsAsVictim(personId).stream().map(Incident::occurredOn).toList(),
                risks.referralsOf(personId).stream()
                        .map(MaracReferral::referredOn)
                        .filter(day -> !day.isAfter(on))
                        .findFirst()
                        .orElse(null),
                on);
    }

    public MaracSuggestionView suggestion(long personId, LocalDate on) {
        MaracSuggestion suggestion = MaracCriteria.suggest(maracFacts(personId, on), thresholds());
        return new MaracSuggestionView(suggestion.criterion().orElse(null), suggestion.describe(), suggestion.repeat(),
                suggestion.lastReferralOn(), suggestion.score(), suggestion.recentIncidents());
    }

    public static MaracThresholds thresholds() {
        return MaracThresholds.from(System::getProperty);
    }
}
