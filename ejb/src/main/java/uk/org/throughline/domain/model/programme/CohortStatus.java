package uk.org.throughline.domain.model.programme;

/** An open cohort takes people and runs sessions; a closed one has delivered its programme. */
public enum CohortStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CohortStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
