package uk.org.throughline.interfaces.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderSummary;

/**
 * "Is there an order in force at or near this address?": by postcode (the same postcode sector
 * counts as near) or by part of the first line of the address.
 */
@Named
@ViewScoped
public class OrdersNearAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CivilOrderService orders;

    private String postcode;
    private String address;
    private List<OrderSummary> found;

    public void search() {
        found = orders.inForceNear(postcode, address);
    }

    /** Null before the first search. */
    public List<OrderSummary> getFound() {
        return found;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
