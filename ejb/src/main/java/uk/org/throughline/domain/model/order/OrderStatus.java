package uk.org.throughline.domain.model.order;

/** Where an order stands on a day, derived from its dates and history, never stored. */
public enum OrderStatus {
    AWAITING_SERVICE("Awaiting service"),
    IN_FORCE("In force"),
    EXPIRED("Expired"),
    DISCHARGED("Discharged");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
