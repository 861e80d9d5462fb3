package uk.org.throughline.domain.model.disposal;

/** The plea entered at court. */
public enum Plea {
    GUILTY("Guilty"),
    NOT_GUILTY("Not guilty");

    private final String label;

    Plea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
