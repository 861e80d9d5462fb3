package uk.org.throughline.domain.model.risk;

/** An answer to one DASH question; only "yes" counts towards the score. */
public enum DashAnswer {
    YES("Yes"),
    NO("No"),
    DONT_KNOW("Don't know"),
    NOT_ASKED("Not asked");

    private final String label;

    DashAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
