package uk.org.throughline.application.order;

import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.domain.model.order.OrderStatus;

/**
 * One order in a list (a person's orders, the worklist, the banner, the address search).
 *
 * @param protectedNames the protected persons' names joined, or null when the caller may not see them
 * @param note           why the order is listed here (the worklist's or search's reason), else null
 */
public record OrderSummary(long id, String typeCode, String typeName, long respondentId, String respondentName,
        OrderStatus status, LocalDate madeOn, Instant servedAt, LocalDate expiresOn, Instant hearingDeadline,
        String hearingWarning, int protectedPersonCount, String protectedNames, String note) {
}
