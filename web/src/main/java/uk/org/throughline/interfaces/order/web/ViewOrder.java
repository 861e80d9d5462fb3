package uk.org.throughline.interfaces.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderForms.AdjournmentForm;
import uk.org.throughline.application.order.OrderForms.DischargeForm;
import uk.org.throughline.application.order.OrderForms.ExtensionForm;
import uk.org.throughline.application.order.OrderForms.ServiceForm;
import uk.org.throughline.application.order.OrderForms.VariationForm;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.domain.model.order.OrderStatus;
import uk.org.throughline.interfaces.shared.UkDates;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * An order ({@code ?id=}) with its protected persons (to the roles that may see them), conditions,
 * history and breaches. Police record its service, variations, extensions and discharge here, each
 * carrying the version read on opening; breaches have their own page.
 */
@Named
@ViewScoped
public class ViewOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names where the page's inputs are named apart (a date and a time; two forms' reasons). */
    private static final Map<String, String> SERVICE_INPUTS = Map.of("servedAt", "servedOn");
    private static final Map<String, String> DISCHARGE_INPUTS = Map.of("reason", "dischargeReason");
    private static final Map<String, String> ADJOURNMENT_INPUTS = Map.of("adjournedTo", "adjournedToDate",
            "reason", "adjournReason");

    @Inject
    CivilOrderService orders;

    @Inject
    Feedback feedback;

    private Long id;
    private OrderView order;
    private LocalDate servedOn;
    private LocalTime servedTime;
    private LocalDate dischargedOn;
    private String dischargeReason;
    private LocalDate variedOn;
    private String description;
    private boolean descriptionShareable;
    private List<Long> removedConditionIds = new ArrayList<>();
    private final List<ConditionRow> addedConditions = new ArrayList<>(List.of(new ConditionRow()));
    private LocalDate extendedOn;
    private LocalDate expiresOn;
    private String durationReason;
    private LocalDate adjournedOn;
    private LocalDate adjournedToDate;
    private LocalTime adjournedToTime;
    private String adjournReason;

    public void load() {
        order = orders.view(id);
    }

    ServiceForm serviceForm() {
        return new ServiceForm(servedOn == null || servedTime == null ? null
                : servedOn.atTime(servedTime).atZone(UkDates.LONDON).toInstant());
    }

    AdjournmentForm adjournmentForm() {
        return new AdjournmentForm(adjournedOn, adjournedToDate == null || adjournedToTime == null ? null
                : adjournedToDate.atTime(adjournedToTime).atZone(UkDates.LONDON).toInstant(), adjournReason);
    }

    DischargeForm dischargeForm() {
        return new DischargeForm(dischargedOn, dischargeReason);
    }

    /** The new condition's row counts only when a kind was chosen: a variation may only remove, or only reword. */
    VariationForm variationForm() {
        return new VariationForm(variedOn, description, descriptionShareable, addedConditions.stream()
                .filter(row -> row.getKind() != null).map(ConditionRow::toEntry).toList(), removedConditionIds);
    }

    ExtensionForm extensionForm() {
        return new ExtensionForm(extendedOn, expiresOn, durationReason);
    }

    public String vary() {
        if (!feedback.valid(variationForm())) {
            return null;
        }
        orders.vary(id, order.version(), variationForm());
        return saved("Variation recorded");
    }

    public String extend() {
        if (!feedback.valid(extensionForm())) {
            return null;
        }
        orders.extend(id, order.version(), extensionForm());
        return saved("Extension recorded");
    }

    public String serve() {
        if (!feedback.valid(serviceForm(), SERVICE_INPUTS)) {
            return null;
        }
        if (feedback.attempt(() -> orders.serve(id, order.version(), serviceForm()), SERVICE_INPUTS, () -> { })
                .isEmpty()) {
            return null;
        }
        return saved("Service recorded");
    }

    public String discharge() {
        if (!feedback.valid(dischargeForm(), DISCHARGE_INPUTS)) {
            return null;
        }
        if (feedback.attempt(() -> orders.discharge(id, order.version(), dischargeForm()), DISCHARGE_INPUTS,
                () -> { }).isEmpty()) {
            return null;
        }
        return saved("Discharge recorded");
    }

    public String adjourn() {
        if (!feedback.valid(adjournmentForm(), ADJOURNMENT_INPUTS)) {
            return null;
        }
        if (feedback.attempt(() -> orders.adjournHearing(id, order.version(), adjournmentForm()), ADJOURNMENT_INPUTS,
                () -> { }).isEmpty()) {
            return null;
        }
        return saved("Adjournment recorded");
    }

    private String saved(String message) {
        feedback.flash(message);
        return OrderPages.order(id);
    }

    /** Service and discharge can be recorded while the order has not ended. */
    public boolean isOpen() {
        return order.status() == OrderStatus.AWAITING_SERVICE || order.status() == OrderStatus.IN_FORCE;
    }

    /**
     * A served notice whose hearing is not decided: its adjournment or its full order can be recorded,
     * even once its 48 hours have passed (the hearing may have begun in time and be recorded later).
     */
    public boolean isHearingOpen() {
        return order.notice() && order.servedAt() != null && order.dischargedOn() == null
                && order.followedByOrderId() == null;
    }

    /** "Until further order", or for a notice "Until the full-order hearing", when there is no expiry date. */
    public String getExpiry() {
        if (order.expiresOn() != null) {
            return UkDates.formatDate(order.expiresOn());
        }
        return order.notice() ? "Until the full-order hearing" : "Until further order";
    }

    public String getProtects() {
        return OrderTexts.protects(null, order.protectedPersonCount());
    }

    /** The conditions a variation may remove: those the order has now. */
    public List<OrderView.Condition> getCurrentConditions() {
        return order.conditions().stream().filter(condition -> condition.removedOn() == null).toList();
    }

    public LocalDate getVariedOn() {
        return variedOn;
    }

    public void setVariedOn(LocalDate variedOn) {
        this.variedOn = variedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isDescriptionShareable() {
        return descriptionShareable;
    }

    public void setDescriptionShareable(boolean descriptionShareable) {
        this.descriptionShareable = descriptionShareable;
    }

    public List<Long> getRemovedConditionIds() {
        return removedConditionIds;
    }

    public void setRemovedConditionIds(List<Long> removedConditionIds) {
        this.removedConditionIds = removedConditionIds;
    }

    public List<ConditionRow> getAddedConditions() {
        return addedConditions;
    }

    public LocalDate getExtendedOn() {
        return extendedOn;
    }

    public void setExtendedOn(LocalDate extendedOn) {
        this.extendedOn = extendedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getDurationReason() {
        return durationReason;
    }

    public void setDurationReason(String durationReason) {
        this.durationReason = durationReason;
    }

    public LocalDate getAdjournedOn() {
        return adjournedOn;
    }

    public void setAdjournedOn(LocalDate adjournedOn) {
        this.adjournedOn = adjournedOn;
    }

    public LocalDate getAdjournedToDate() {
        return adjournedToDate;
    }

    public void setAdjournedToDate(LocalDate adjournedToDate) {
        this.adjournedToDate = adjournedToDate;
    }

    public LocalTime getAdjournedToTime() {
        return adjournedToTime;
    }

    public void setAdjournedToTime(LocalTime adjournedToTime) {
        this.adjournedToTime = adjournedToTime;
    }

    public String getAdjournReason() {
        return adjournReason;
    }

    public void setAdjournReason(String adjournReason) {
        this.adjournReason = adjournReason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderView getOrder() {
        return order;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public void setServedOn(LocalDate servedOn) {
        this.servedOn = servedOn;
    }

    public LocalTime getServedTime() {
        return servedTime;
    }

    public void setServedTime(LocalTime servedTime) {
        this.servedTime = servedTime;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public void setDischargedOn(LocalDate dischargedOn) {
        this.dischargedOn = dischargedOn;
    }

    public String getDischargeReason() {
        return dischargeReason;
    }

    public void setDischargeReason(String dischargeReason) {
        this.dischargeReason = dischargeReason;
    }
}
