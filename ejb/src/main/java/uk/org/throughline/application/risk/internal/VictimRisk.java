package uk.org.throughline.application.risk.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskHistoryView;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.MaracCriteria;
import uk.org.throughline.domain.model.risk.MaracFacts;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracRepeat;
import uk.org.throughline.domain.model.risk.MaracSuggestion;
import uk.org.throughline.domain.model.risk.MaracThresholds;
import uk.org.throughline.domain.model.risk.RiskHistory;
import uk.org.throughline.domain.model.victim.PerpetratorLink;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * What is known of one victim's risk, gathered from her assessments, the incidents where police
 * recorded her as the victim (with the DASH level at the scene), her MARAC referrals with the repeats
 * flagged against them, and the perpetrators linked to her victim record.
 */
@ApplicationScoped
public class VictimRisk {

    @Inject
    private RiskRepository risks;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private VictimRepository victims;

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

    /**
     * The facts the MARAC criteria judge on, as they stand on {@code on}: with her last referral, the latest
     * further abuse flagged as a repeat of it.
     */
    public MaracFacts maracFacts(long personId, LocalDate on) {
        Optional<MaracReferral> last = risks.referralsOf(personId).stream()
                .filter(referral -> !referral.referredOn().isAfter(on))
                .findFirst();
        MaracRepeat flagged = last.flatMap(referral -> risks.repeatsOf(List.of(referral)).stream()
                        .filter(repeat -> !repeat.occurredOn().isAfter(on))
                        .findFirst())
                .orElse(null);
        return new MaracFacts(risks.latestAssessment(personId, on).orElse(null),
                incidentsAsVictim(personId).stream().map(Incident::occurredOn).toList(),
                last.map(MaracReferral::referredOn).orElse(null), flagged, on);
    }

    /**
     * The perpetrator a MARAC referral of hers names: the one given, who must be linked to her victim record, or
     * when none is given the one man linked to it (none when she has no record or several men are linked).
     *
     * @throws InvalidFieldException on "perpetratorPersonId" for a man not linked to her
     */
    public Long perpetratorNamed(long victimPersonId, Long given) {
        List<Long> linked = victims.findByPerson(victimPersonId)
                .map(victim -> victim.perpetrators().stream().map(PerpetratorLink::perpetratorPersonId).toList())
                .orElse(List.of());
        if (given == null) {
            return linked.size() == 1 ? linked.get(0) : null;
        }
        if (!linked.contains(given)) {
            throw new InvalidFieldException("perpetratorPersonId", "Select a perpetrator linked to her victim record");
        }
        return given;
    }

    public MaracSuggestionView suggestion(long personId, LocalDate on) {
        MaracSuggestion suggestion = MaracCriteria.suggest(maracFacts(personId, on), thresholds());
        return new MaracSuggestionView(suggestion.criterion().orElse(null), suggestion.describe(), suggestion.repeat(),
                suggestion.lastReferralOn(), suggestion.score(), suggestion.recentIncidents(),
                suggestion.flaggedRepeat().map(RiskMapping::repeatView).orElse(null));
    }

    public static MaracThresholds thresholds() {
        return MaracThresholds.from(System::getProperty);
    }
}
