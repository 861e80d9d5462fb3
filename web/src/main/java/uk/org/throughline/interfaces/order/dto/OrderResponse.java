package uk.org.throughline.interfaces.order.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.domain.model.order.OrderStatus;

/**
 * An order as the caller may read it. Probation, YOT and facilitators get no protected persons
 * (only their number) and no excluded address that is a victim's. Not {@link OrderView} itself: the
 * moments here (and in the breaches) carry London's offset where the view holds instants.
 */
public record OrderResponse(long id, long version, String typeCode, String typeName,
        @Schema(description = "A police notice (DVPN, DAPN), which lasts until the full-order hearing") boolean notice,
        String statute,
        String breachStatute, boolean breachIsOffence,
        @Schema(description = "A breach may be taken as the offence or as contempt: the breach says which")
        boolean contemptAlternative,
        long respondentId, String respondentName, String applicant, String court, String caseNumber, Long courtCaseId,
        LocalDate madeOn, OffsetDateTime servedAt,
        @Schema(description = "Absent: until further order, or for a notice until its hearing") LocalDate expiresOn,
        String durationReason, boolean powerOfArrest, LocalDate dischargedOn, OrderStatus status,
        @Schema(description = "For a served notice (DVPN, DAPN): when the full-order hearing must have started, 48 "
                + "hours from service disregarding Sundays, Christmas Day, Good Friday and bank holidays")
        OffsetDateTime hearingDeadline,
        @Schema(description = "Shown prominently while a notice's hearing is near or overdue") String hearingWarning,
        @Schema(description = "False when the caller's role may not see who is protected") boolean protectedPersonsShown,
        int protectedPersonCount, List<OrderView.Protected> protectedPersons, List<OrderView.Condition> conditions,
        List<OrderView.Change> history, List<BreachResponse> breaches,
        @Schema(description = "For a notice whose hearing was adjourned: when the adjourned hearing is listed; the "
                + "notice stays in force until the application is decided") OffsetDateTime adjournedTo,
        @Schema(description = "For a full order made at a notice's hearing: the notice") Long followsNoticeId,
        @Schema(description = "For a notice: the full order made at its hearing") Long followedByOrderId,
        @Schema(description = "For a served notice: its deadline and the days left out of the 48 hours, with the "
                + "statute", example = "Deadline Monday 07/12/2026 18:00 — Sunday 06/12/2026 not counted (Crime and "
                + "Security Act 2010 s.27)") String deadlineText,
        @Schema(description = "For a served notice: the days left out of its 48 hours") List<OrderView.SkippedDay>
        skippedDays) {
}
