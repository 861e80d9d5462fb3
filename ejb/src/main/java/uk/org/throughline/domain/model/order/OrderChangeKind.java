package uk.org.throughline.domain.model.order;

/** What happened to an order after it was made. */
public enum OrderChangeKind {
    SERVED("Served"),
    VARIED("Varied"),
    EXTENDED("Extended"),
    ADJOURNED("Hearing adjourned"),
    DISCHARGED("Discharged");

    private final String label;

    OrderChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
