package uk.org.throughline.domain.model.programme;

/** Group sessions, or one-to-one work (delivered as a cohort of one). */
public enum DeliveryMode {
    GROUP("Group"),
    ONE_TO_ONE("One-to-one");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
