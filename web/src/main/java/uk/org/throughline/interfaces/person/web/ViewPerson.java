package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.org.throughline.application.CivilOrderService;
import uk.org.throughline.application.OrderSummary;
import uk.org.throughline.application.PersonChronology;

/**
 * The person page: who they are and everything recorded about them, starting with their police
 * history as one timeline, oldest first.
 */
@Named
@ViewScoped
public class ViewPerson extends PersonPage {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonChronology personChronology;

    @Inject
    CivilOrderService civilOrders;

    private List<PersonChronology.Entry> chronology = List.of();
    private List<OrderSummary> orders = List.of();

    @Override
    public void load() {
        super.load();
        chronology = personChronology.forPerson(getId());
        orders = civilOrders.ordersOf(getId());
    }

    /** The entries the signed-in user's role may read; empty when there are none. */
    public List<PersonChronology.Entry> getChronology() {
        return chronology;
    }

    /** The civil orders naming the person as respondent or protected person, newest first. */
    public List<OrderSummary> getOrders() {
        return orders;
    }
}
