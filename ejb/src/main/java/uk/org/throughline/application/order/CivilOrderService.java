package uk.org.throughline.application.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.org.throughline.application.order.OrderForms.AdjournmentForm;
import uk.org.throughline.application.order.OrderForms.BreachForm;
import uk.org.throughline.application.order.OrderForms.BreachOutcomeForm;
import uk.org.throughline.application.order.OrderForms.DischargeForm;
import uk.org.throughline.application.order.OrderForms.ExtensionForm;
import uk.org.throughline.application.order.OrderForms.OrderForm;
import uk.org.throughline.application.order.OrderForms.ServiceForm;
import uk.org.throughline.application.order.OrderForms.VariationForm;

/**
 * Civil protective orders and their breaches. Police and admin record them (court staff do not use
 * the system); every other role reads them, perpetrator-facing roles without the protected persons'
 * names and addresses and without police's wording unless marked shareable. Every read and change is
 * audited. Each change takes the version the user last read.
 *
 * @throws uk.org.throughline.domain.shared.ConcurrentEditException if the order changed since it was read
 */
public interface CivilOrderService {

    List<OrderTypeView> orderTypes();

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException naming the field at fault */
    OrderView create(@NotNull @Valid OrderForm form);

    /**
     * The restraining order a court case noted as made, as a form to complete: respondent, type (on
     * conviction or on acquittal, from the verdict), made date and court filled in.
     *
     * @throws uk.org.throughline.domain.shared.BusinessException if the case has no restraining order
     *         made or its order is already recorded
     */
    OrderForm draftFromCourtCase(long courtCaseId);

    /**
     * The full order made at the hearing a notice required, as a form to complete: the type that
     * follows the notice (a DVPO a DVPN), the respondent, protected persons and conditions filled in.
     *
     * @throws uk.org.throughline.domain.shared.BusinessException if the order is not a notice or its
     *         full order is already recorded
     */
    OrderForm draftFromNotice(long noticeId);

    OrderView view(long orderId);

    /** Every order the person is the respondent to or protected by, newest first. */
    List<OrderSummary> ordersOf(long personId);

    /** The orders in force (or made and awaiting service) the person is the respondent to or protected by. */
    List<OrderSummary> bannerFor(long personId);

    OrderView serve(long orderId, long expectedVersion, @NotNull @Valid ServiceForm form);

    OrderView vary(long orderId, long expectedVersion, @NotNull @Valid VariationForm form);

    OrderView extend(long orderId, long expectedVersion, @NotNull @Valid ExtensionForm form);

    OrderView discharge(long orderId, long expectedVersion, @NotNull @Valid DischargeForm form);

    /** Records that a notice's hearing sat in time and was adjourned: the notice stays in force until decided. */
    OrderView adjournHearing(long orderId, long expectedVersion, @NotNull @Valid AdjournmentForm form);

    /**
     * Records a breach: the durable record of the event, from which the alerts to the victim's
     * partner-contact worker and the respondent's case workers are raised. Fires {@link OrderBreached}
     * in the same transaction.
     *
     * @throws uk.org.throughline.domain.shared.InvalidFieldException on "occurredAt" with the order's
     *         in-force period when the breach falls outside it
     */
    BreachView recordBreach(long orderId, @NotNull @Valid BreachForm form);

    List<BreachView> breaches(long orderId);

    /** @throws uk.org.throughline.domain.shared.RecordNotFoundException unless the breach is one of the order's */
    BreachView breach(long orderId, long breachId);

    BreachView recordBreachOutcome(long orderId, long breachId, long expectedVersion,
            @NotNull @Valid BreachOutcomeForm form);

    /** Notices awaiting their hearing, orders not served, orders expiring soon, breaches in the last 7 days. */
    OrderWorklistView worklist();

    /**
     * Orders in force at or near an address: a protected person's current address or an excluded
     * address in the same postcode sector as {@code postcode} (a whole postcode or at least its sector,
     * "NN1 4"), or whose first line contains {@code addressText} as typed (at least
     * {@value NearbyOrders#SHORTEST_ADDRESS} characters). At most {@value NearbyOrders#MOST}, newest
     * first. Police, admin and partner-contact workers only.
     *
     * @throws uk.org.throughline.domain.shared.InvalidFieldException on "postcode" or "address" when
     *         neither is given, or what is given is too wide
     */
    NearbyOrders inForceNear(String postcode, String addressText);
}
