package uk.org.throughline.interfaces.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.NearbyOrders;

/**
 * "Is there an order in force at or near this address?": by postcode or at least its sector (the same
 * postcode sector counts as near) or by part of the first line of the address, at least 4 characters;
 * at most the first 50 orders, with a request to narrow the search when there are more.
 */
@Named
@ViewScoped
public class OrdersNearAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CivilOrderService orders;

    private String postcode;
    private String address;
    private NearbyOrders found;

    /** A search the service refuses (too wide) shows its field message and no results. */
    public void search() {
        found = null;
        found = orders.inForceNear(postcode, address);
    }

    /** Null before the first search. */
    public NearbyOrders getFound() {
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
