package uk.org.throughline.domain.model.disposal;

/** The sentence passed; community orders and suspended sentences carry requirements. */
public enum SentenceType {
    COMMUNITY_ORDER("Community order"),
    SUSPENDED_SENTENCE("Suspended sentence order"),
    CUSTODY("Immediate custody"),
    FINE("Fine"),
    CONDITIONAL_DISCHARGE("Conditional discharge"),
    ABSOLUTE_DISCHARGE("Absolute discharge");

    private final String label;

    SentenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean allowsRequirements() {
        return this == COMMUNITY_ORDER || this == SUSPENDED_SENTENCE;
    }

    /** A community order is made of its requirements; it cannot have none. */
    public boolean requiresRequirements() {
        return this == COMMUNITY_ORDER;
    }
}
