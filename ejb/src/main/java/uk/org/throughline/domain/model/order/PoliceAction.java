package uk.org.throughline.domain.model.order;

/** What police did about a breach. */
public enum PoliceAction {
    ARRESTED("Arrested"),
    CHARGED("Charged"),
    SUMMONSED("Summonsed"),
    WORDS_OF_ADVICE("Words of advice"),
    NO_ACTION("No further action");

    private final String label;

    PoliceAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Charge and summons name the offence; no action needs its reason. */
    public boolean needsDetail() {
        return this == CHARGED || this == SUMMONSED || this == NO_ACTION;
    }
}
