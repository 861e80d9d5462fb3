package uk.org.throughline.interfaces.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderWorklistView;
import uk.org.throughline.interfaces.police.web.PoliceRecording;

/** The police's civil-order worklist: notices awaiting their hearing, orders not served or expiring, breaches this week. */
@Named
@ViewScoped
public class OrderWorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CivilOrderService orders;

    @Inject
    PoliceRecording recording;

    private OrderWorklistView worklist;

    public void load() {
        recording.require();
        worklist = orders.worklist();
    }

    public OrderWorklistView getWorklist() {
        return worklist;
    }
}
