package uk.org.throughline.domain.model.programme;

/** The person's assessed risk of serious harm at referral, lowest first; a programme lists the levels it takes. */
public enum RiskLevel {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    VERY_HIGH("Very high");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
