package uk.org.throughline.domain.model.victim;

/** Where her offer of parallel support stands: offered when he is referred, then accepted or declined. */
public enum SupportDecision {
    OFFERED("Offered"),
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    SupportDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
