package uk.org.throughline.domain.model.order;

import java.time.Instant;

/**
 * A breach as reported and dealt with.
 *
 * @param accountShareable police agree what happened and who reported it may be shared with offender managers
 * @param actionDetail the offence charged or summonsed, or why no action was taken
 * @param route        for an order whose breach may be the offence or contempt: which was taken
 * @param incidentId   the incident the breach produced, if one was recorded
 */
public record BreachDetails(Instant occurredAt, Long conditionId, String whatHappened, String reportedBy,
        boolean accountShareable, PoliceAction policeAction, String actionDetail, BreachRoute route, String outcome,
        Long incidentId) {
}
