package uk.org.throughline.domain.model.victim;

/** What came of a contact attempt. Only a contact made or declined reached her. */
public enum ContactOutcome {
    MADE("Contact made", true),
    NO_ANSWER("No answer", false),
    UNSAFE_TO_TALK("Unsafe to talk", false),
    DECLINED("Declined contact", true);

    private final String label;
    private final boolean reachedHer;

    ContactOutcome(String label, boolean reachedHer) {
        this.label = label;
        this.reachedHer = reachedHer;
    }

    public String label() {
        return label;
    }

    /** She was reached (even to decline); otherwise the attempt failed and counts towards escalation. */
    public boolean reachedHer() {
        return reachedHer;
    }
}
