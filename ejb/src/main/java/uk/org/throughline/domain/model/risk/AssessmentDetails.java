package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.util.Map;
import uk.org.throughline.domain.model.incident.DashLevel;

/**
 * What the assessor records: the answers, who asked them, when and for which agency, and any
 * professional judgement of a higher level than the checklist gives.
 *
 * @param incidentId   the police incident the assessment follows, when it follows one
 * @param judgedLevel  the level the assessor judges, higher than the checklist's; null to keep the checklist's
 */
public record AssessmentDetails(long personId, LocalDate assessedOn, String assessor, AssessmentSource source,
        Long incidentId, Map<DashQuestion, DashAnswer> answers, DashLevel judgedLevel, String judgementReason) {

    public AssessmentDetails {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
