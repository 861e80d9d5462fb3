package uk.org.throughline.application.order;

import java.time.Instant;

/** A breach of an order as recorded, with the condition it broke described as the caller may read it. */
public record BreachView(long id, long version, long orderId, Instant occurredAt, long conditionId,
        String condition, String whatHappened, String reportedBy, String policeAction, String actionDetail,
        String route, String outcome, Long incidentId, String recordedBy, Instant recordedAt) {
}
