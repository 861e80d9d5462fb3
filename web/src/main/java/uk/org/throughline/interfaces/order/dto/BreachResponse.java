package uk.org.throughline.interfaces.order.dto;

import java.time.OffsetDateTime;

/** A breach of an order as recorded. */
public record BreachResponse(long id, long version, long orderId, OffsetDateTime occurredAt, long conditionId,
        String condition, String whatHappened, String reportedBy, String policeAction, String actionDetail, String route,
        String outcome, Long incidentId, String recordedBy, OffsetDateTime recordedAt) {
}
