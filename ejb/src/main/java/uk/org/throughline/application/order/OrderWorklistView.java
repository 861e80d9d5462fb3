package uk.org.throughline.application.order;

import java.util.List;

/** The police's civil-order worklist: what needs doing or knowing about this week. */
public record OrderWorklistView(List<OrderSummary> awaitingHearing, List<OrderSummary> notServed,
        List<OrderSummary> expiringSoon, List<BreachView> breachesThisWeek, int expiryDays) {
}
