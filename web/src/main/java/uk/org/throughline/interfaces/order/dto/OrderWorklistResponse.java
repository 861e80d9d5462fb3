package uk.org.throughline.interfaces.order.dto;

import java.util.List;

/** The police's civil-order worklist. */
public record OrderWorklistResponse(List<OrderSummaryResponse> awaitingHearing, List<OrderSummaryResponse> notServed,
        List<OrderSummaryResponse> expiringSoon, List<BreachResponse> breachesThisWeek, int expiryDays) {
}
