package uk.org.throughline.domain.model.programme;

/** How a person came to be referred to a programme. */
public enum ReferralRoute {
    CONDITIONAL_CAUTION("Conditional caution");

    private final String label;

    ReferralRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
