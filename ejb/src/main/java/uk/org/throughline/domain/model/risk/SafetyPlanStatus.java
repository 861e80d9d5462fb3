package uk.org.throughline.domain.model.risk;

/** Where one measure of a safety plan stands. */
public enum SafetyPlanStatus {
    AGREED("Agreed"),
    IN_PLACE("In place"),
    DONE("Done"),
    NO_LONGER_NEEDED("No longer needed");

    private final String label;

    SafetyPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
