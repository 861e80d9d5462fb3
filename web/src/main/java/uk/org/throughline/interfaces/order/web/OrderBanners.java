package uk.org.throughline.interfaces.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderSummary;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * The orders in force for a person, for the banner ({@code tl:orderBanner}) on every page that shows
 * the respondent or a protected person. Read once per person per request (the read is audited),
 * however often the page asks.
 */
@Named
@RequestScoped
public class OrderBanners {

    @Inject
    CivilOrderService orders;

    private final Map<Long, List<Line>> read = new HashMap<>();

    /**
     * One order on the banner, in words.
     *
     * @param part     "Against this person" or "Protects this person; against SMITH, John"
     * @param state    "In force, expires 23/05/2027", "Awaiting service, until further order"
     * @param protects the protected persons' names, or how many there are when the role may not see them
     * @param warning  a notice's hearing deadline, else null
     */
    public record Line(long orderId, String typeName, String part, String state, String protects, String warning) {
    }

    /** {@code #{orderBanners.of(id)}}: empty when no order is in force for the person. */
    public List<Line> of(Long personId) {
        return personId == null ? List.of() : read.computeIfAbsent(personId,
                id -> orders.bannerFor(id).stream().map(order -> line(order, id)).toList());
    }

    private static Line line(OrderSummary order, long personId) {
        String part = order.respondentId() == personId ? "Against this person"
                : "Protects this person; against " + order.respondentName();
        String ends = order.expiresOn() != null ? "expires " + UkDates.formatDate(order.expiresOn())
                : order.hearingDeadline() != null ? "until the full-order hearing" : "until further order";
        return new Line(order.id(), order.typeName(), part, order.status().label() + ", " + ends,
                OrderTexts.protects(order.protectedNames(), order.protectedPersonCount()), order.hearingWarning());
    }
}
