package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.order.OrderStatus;

/** One order in a list. */
public record OrderSummaryResponse(long id, String typeCode, String typeName, long respondentId,
        String respondentName, OrderStatus status, LocalDate madeOn, OffsetDateTime servedAt, LocalDate expiresOn,
        OffsetDateTime hearingDeadline, String hearingWarning, int protectedPersonCount,
        @Schema(description = "Absent when the caller's role may not see who is protected") String protectedNames,
        @Schema(description = "Why the order is listed: the person's part in it, or the address it matched") String note) {
}
