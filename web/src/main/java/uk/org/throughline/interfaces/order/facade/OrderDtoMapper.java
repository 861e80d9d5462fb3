package uk.org.throughline.interfaces.order.facade;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import uk.org.throughline.application.order.BreachView;
import uk.org.throughline.application.order.OrderForms.AdjournmentForm;
import uk.org.throughline.application.order.OrderForms.BreachForm;
import uk.org.throughline.application.order.OrderForms.BreachOutcomeForm;
import uk.org.throughline.application.order.OrderForms.ConditionEntry;
import uk.org.throughline.application.order.OrderForms.DischargeForm;
import uk.org.throughline.application.order.OrderForms.ExtensionForm;
import uk.org.throughline.application.order.OrderForms.OrderForm;
import uk.org.throughline.application.order.OrderForms.ProtectedPersonEntry;
import uk.org.throughline.application.order.OrderForms.ServiceForm;
import uk.org.throughline.application.order.OrderForms.VariationForm;
import uk.org.throughline.application.order.OrderSummary;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.application.order.OrderWorklistView;
import uk.org.throughline.interfaces.order.dto.AdjournmentRequest;
import uk.org.throughline.interfaces.order.dto.BreachOutcomeRequest;
import uk.org.throughline.interfaces.order.dto.BreachRequest;
import uk.org.throughline.interfaces.order.dto.BreachResponse;
import uk.org.throughline.interfaces.order.dto.ConditionDto;
import uk.org.throughline.interfaces.order.dto.DischargeRequest;
import uk.org.throughline.interfaces.order.dto.ExtensionRequest;
import uk.org.throughline.interfaces.order.dto.OrderRequest;
import uk.org.throughline.interfaces.order.dto.OrderResponse;
import uk.org.throughline.interfaces.order.dto.OrderSummaryResponse;
import uk.org.throughline.interfaces.order.dto.OrderWorklistResponse;
import uk.org.throughline.interfaces.order.dto.ProtectedPersonDto;
import uk.org.throughline.interfaces.order.dto.ServiceRequest;
import uk.org.throughline.interfaces.order.dto.VariationRequest;
import uk.org.throughline.interfaces.shared.rest.LondonTime;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/** The civil-orders API's bodies to the service's forms, and its views to responses. */
public final class OrderDtoMapper {

    private OrderDtoMapper() {
    }

    public static OrderForm toForm(OrderRequest request) {
        return new OrderForm(request.orderType(), request.respondentId(), request.applicant(), request.court(),
                request.caseNumber(), request.courtCaseId(), request.followsNoticeId(), request.madeOn(),
                request.expiresOn(),
                request.durationReason(), request.powerOfArrest(),
                request.protectedPersons() == null ? null
                        : request.protectedPersons().stream().map(OrderDtoMapper::toEntry).toList(),
                conditions(request.conditions()));
    }

    private static ProtectedPersonEntry toEntry(ProtectedPersonDto person) {
        return person == null ? null : new ProtectedPersonEntry(person.personId(), person.role());
    }

    /** As on the page, an excluded address is hers unless the client says it is not. */
    private static List<ConditionEntry> conditions(List<ConditionDto> conditions) {
        return conditions == null ? null : conditions.stream().map(condition -> condition == null ? null
                : new ConditionEntry(condition.kind(), condition.detail(),
                        SharedWithOffenderManagers.marked(condition.wordingShareable()), condition.metres(),
                        condition.addressLine(), condition.town(), condition.postcode(),
                        !Boolean.FALSE.equals(condition.victimsAddress()))).toList();
    }

    /** A draft order (from a court case or a notice) as the body to complete and send back. */
    public static OrderRequest toRequest(OrderForm draft) {
        return new OrderRequest(draft.orderType(), draft.respondentId(), draft.applicant(), draft.court(),
                draft.caseNumber(), draft.courtCaseId(), draft.followsNoticeId(), draft.madeOn(), draft.expiresOn(),
                draft.durationReason(), draft.powerOfArrest(),
                draft.protectedPersons().stream().map(person -> new ProtectedPersonDto(person.personId(), person.role()))
                        .toList(),
                draft.conditions().stream().map(condition -> new ConditionDto(condition.kind(), condition.detail(),
                        condition.wordingShareable(), condition.metres(), condition.addressLine(), condition.town(),
                        condition.postcode(), condition.victimsAddress())).toList());
    }

    public static ServiceForm toForm(ServiceRequest request) {
        return new ServiceForm(instant(request.servedAt()));
    }

    public static VariationForm toForm(VariationRequest request) {
        return new VariationForm(request.variedOn(), request.description(),
                SharedWithOffenderManagers.marked(request.descriptionShareable()),
                conditions(request.addedConditions()), request.removedConditionIds());
    }

    public static ExtensionForm toForm(ExtensionRequest request) {
        return new ExtensionForm(request.extendedOn(), request.expiresOn(), request.durationReason());
    }

    public static AdjournmentForm toForm(AdjournmentRequest request) {
        return new AdjournmentForm(request.adjournedOn(), instant(request.adjournedTo()), request.reason());
    }

    public static DischargeForm toForm(DischargeRequest request) {
        return new DischargeForm(request.dischargedOn(), request.reason());
    }

    public static BreachForm toForm(BreachRequest request) {
        return new BreachForm(instant(request.occurredAt()), request.conditionId(), request.whatHappened(),
                request.reportedBy(), SharedWithOffenderManagers.marked(request.accountShareable()),
                request.policeAction(), request.actionDetail(), request.route(), request.outcome(),
                request.incidentId());
    }

    public static BreachOutcomeForm toForm(BreachOutcomeRequest request) {
        return new BreachOutcomeForm(request.outcome());
    }

    private static Instant instant(OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant();
    }

    public static OrderResponse toResponse(OrderView order) {
        return new OrderResponse(order.id(), order.version(), order.typeCode(), order.typeName(), order.notice(),
                order.statute(),
                order.breachStatute(), order.breachIsOffence(), order.contemptAlternative(), order.respondentId(),
                order.respondentName(), order.applicant(), order.court(), order.caseNumber(), order.courtCaseId(),
                order.madeOn(), LondonTime.of(order.servedAt()), order.expiresOn(), order.durationReason(),
                order.powerOfArrest(), order.dischargedOn(), order.status(), LondonTime.of(order.hearingDeadline()),
                order.hearingWarning(), order.protectedPersonsShown(), order.protectedPersonCount(),
                order.protectedPersons(), order.conditions(), order.history(),
                order.breaches().stream().map(OrderDtoMapper::toResponse).toList(), LondonTime.of(order.adjournedTo()),
                order.followsNoticeId(), order.followedByOrderId(), order.deadlineText(), order.skippedDays());
    }

    public static BreachResponse toResponse(BreachView breach) {
        return new BreachResponse(breach.id(), breach.version(), breach.orderId(), LondonTime.of(breach.occurredAt()),
                breach.conditionId(), breach.condition(), breach.whatHappened(), breach.reportedBy(),
                breach.policeAction(), breach.actionDetail(), breach.route(), breach.outcome(), breach.incidentId(),
                breach.recordedBy(), LondonTime.of(breach.recordedAt()));
    }

    public static OrderSummaryResponse toResponse(OrderSummary order) {
        return new OrderSummaryResponse(order.id(), order.typeCode(), order.typeName(), order.respondentId(),
                order.respondentName(), order.status(), order.madeOn(), LondonTime.of(order.servedAt()),
                order.expiresOn(), LondonTime.of(order.hearingDeadline()), order.hearingWarning(),
                order.protectedPersonCount(), order.protectedNames(), order.note());
    }

    public static OrderWorklistResponse toResponse(OrderWorklistView worklist) {
        return new OrderWorklistResponse(summaries(worklist.awaitingHearing()), summaries(worklist.notServed()),
                summaries(worklist.expiringSoon()),
                worklist.breachesThisWeek().stream().map(OrderDtoMapper::toResponse).toList(), worklist.expiryDays());
    }

    public static List<OrderSummaryResponse> summaries(List<OrderSummary> orders) {
        return orders.stream().map(OrderDtoMapper::toResponse).toList();
    }
}
