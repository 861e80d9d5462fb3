package uk.org.throughline.interfaces.order.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderForms.BreachForm;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.domain.model.order.BreachRoute;
import uk.org.throughline.domain.model.order.PoliceAction;
import uk.org.throughline.interfaces.police.web.PoliceRecording;
import uk.org.throughline.interfaces.shared.UkDates;
import uk.org.throughline.interfaces.shared.web.Feedback;

/** "Record a breach" of an order ({@code ?order=}): when, which condition, what happened and what police did. */
@Named
@ViewScoped
public class RecordBreach implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service names the breach's moment; the page types its date and time apart. */
    private static final Map<String, String> INPUTS = Map.of("occurredAt", "occurredOn");

    @Inject
    CivilOrderService orders;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    private Long orderId;
    private OrderView order;
    private LocalDate occurredOn;
    private LocalTime occurredTime;
    private Long conditionId;
    private String whatHappened;
    private String reportedBy;
    private boolean accountShareable;
    private PoliceAction policeAction;
    private String actionDetail;
    private BreachRoute route;
    private String outcome;

    public void load() {
        recording.require();
        order = orders.view(orderId);
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    BreachForm form() {
        return new BreachForm(occurredOn == null || occurredTime == null ? null
                : occurredOn.atTime(occurredTime).atZone(UkDates.LONDON).toInstant(), conditionId, whatHappened,
                reportedBy, accountShareable, policeAction, actionDetail, route, outcome, null);
    }

    public String save() {
        if (!feedback.valid(form(), INPUTS)) {
            return null;
        }
        if (feedback.attempt(() -> orders.recordBreach(orderId, form()), INPUTS, () -> { }).isEmpty()) {
            return null;
        }
        feedback.flash("Breach recorded");
        return OrderPages.order(orderId);
    }

    /** The conditions a breach may name: those still in the order (a removed one is shown on the order page). */
    public List<OrderView.Condition> getConditions() {
        return order.conditions().stream().filter(condition -> condition.removedOn() == null).toList();
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public OrderView getOrder() {
        return order;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public LocalTime getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(LocalTime occurredTime) {
        this.occurredTime = occurredTime;
    }

    public Long getConditionId() {
        return conditionId;
    }

    public void setConditionId(Long conditionId) {
        this.conditionId = conditionId;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public void setReportedBy(String reportedBy) {
        this.reportedBy = reportedBy;
    }

    public boolean isAccountShareable() {
        return accountShareable;
    }

    public void setAccountShareable(boolean accountShareable) {
        this.accountShareable = accountShareable;
    }

    public PoliceAction getPoliceAction() {
        return policeAction;
    }

    public void setPoliceAction(PoliceAction policeAction) {
        this.policeAction = policeAction;
    }

    public String getActionDetail() {
        return actionDetail;
    }

    public void setActionDetail(String actionDetail) {
        this.actionDetail = actionDetail;
    }

    public BreachRoute getRoute() {
        return route;
    }

    public void setRoute(BreachRoute route) {
        this.route = route;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
