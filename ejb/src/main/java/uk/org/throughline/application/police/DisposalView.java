package uk.org.throughline.application.police;

import java.time.LocalDate;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.OutcomeType;

/**
 * A disposal as read, with the outcome's Home Office code and label ready to show. Exactly one of
 * {@code arrestId} and {@code voluntaryInterviewId} is set; {@code courtCaseId} for a charge,
 * {@code conditionalCautionId} for a conditional caution.
 */
public record DisposalView(long id, long incidentId, String policeReference, long personId, String personName,
        Long arrestId, Long voluntaryInterviewId, OutcomeType outcomeType, int outcomeCode, String outcomeLabel,
        DecisionMaker decisionMaker, LocalDate decidedOn, String reason, Long courtCaseId, Long conditionalCautionId) {
}
