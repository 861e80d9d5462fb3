package uk.org.throughline.application.victim.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderStatus;
import uk.org.throughline.domain.model.victim.PerpetratorLink;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.OrderRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;

/**
 * What protects a victim today: the civil orders in force that name her as a protected person, her
 * perpetrators' bail conditions in force, and any restraining order a court made against one of them
 * that has not yet been recorded as a civil order.
 */
@ApplicationScoped
public class ProtectiveOrders {

    @Inject
    private OrderRepository orders;

    @Inject
    private CustodyRepository custody;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private PersonRepository people;

    /**
     * Each described with the respondent's name, e.g. "Non-molestation order until 01/12/2027 (Daniel
     * O'BRIEN)". A bail condition's wording, which police may have written a street into, only
     * {@code withWording} (for the victim-facing side); otherwise just that a condition is in force.
     */
    public List<String> protecting(VictimRecord victim, Instant now, boolean withWording) {
        LocalDate today = UkDate.dayOf(now);
        List<String> found = new ArrayList<>();
        orders.ordersOf(victim.personId()).stream()
                .filter(order -> order.protects(victim.personId()) && order.statusAt(now) == OrderStatus.IN_FORCE)
                .forEach(order -> found.add(describe(order)));
        for (PerpetratorLink link : victim.perpetrators()) {
            long perpetrator = link.perpetratorPersonId();
            String name = people.displayName(perpetrator);
            custody.arrestsOf(perpetrator).forEach(arrest -> arrest.bailConditionsInForceOn(today).forEach(
                    condition -> found.add((withWording ? "Bail condition: " + condition.wording().text() + ", until "
                            : "Bail condition in force until ") + UkDate.format(condition.expiresOn()) + " (" + name
                            + ")")));
            disposals.courtCasesOf(perpetrator).stream()
                    .filter(courtCase -> courtCase.restrainingOrderMadeOn() != null
                            && orders.findByCourtCase(courtCase.id()).isEmpty())
                    .forEach(courtCase -> found.add("Restraining order made on "
                            + UkDate.format(courtCase.restrainingOrderMadeOn()) + ", not yet recorded (" + name + ")"));
        }
        return found;
    }

    private String describe(CivilOrder order) {
        return order.type().name() + (order.expiresOn() == null ? " until further order"
                : " until " + UkDate.format(order.expiresOn())) + " (" + people.displayName(order.respondentId()) + ")";
    }
}
