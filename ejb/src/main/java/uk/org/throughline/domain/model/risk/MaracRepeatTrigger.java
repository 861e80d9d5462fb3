package uk.org.throughline.domain.model.risk;

/** What further abuse made a MARAC repeat: a breach of an order protecting her, or a new police incident. */
public enum MaracRepeatTrigger {
    ORDER_BREACH("Breach of an order"),
    INCIDENT("New incident");

    private final String label;

    MaracRepeatTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
