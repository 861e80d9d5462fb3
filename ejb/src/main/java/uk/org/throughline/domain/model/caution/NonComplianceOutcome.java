package uk.org.throughline.domain.model.caution;

/** What police or the CPS decided after a caution failed (CJA 2003 s.24). */
public enum NonComplianceOutcome {
    PROSECUTE_ORIGINAL_OFFENCE("Prosecute the original offence"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    NonComplianceOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
