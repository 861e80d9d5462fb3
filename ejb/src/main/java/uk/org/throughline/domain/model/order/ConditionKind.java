package uk.org.throughline.domain.model.order;

/** The kinds of term an order imposes; each says which details it needs. */
public enum ConditionKind {
    NO_CONTACT("No contact"),
    NO_APPROACH("No approach within a distance"),
    EXCLUSION_ZONE("Exclusion zone"),
    EXCLUSION_ADDRESS("Exclusion from an address"),
    OCCUPATION_TERMS("Occupation terms"),
    POSITIVE_REQUIREMENT("Positive requirement"),
    OTHER("Other prohibition");

    private final String label;

    ConditionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
