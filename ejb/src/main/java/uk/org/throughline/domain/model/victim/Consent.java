package uk.org.throughline.domain.model.victim;

/** Whether she agreed to be contacted by the partner-contact service. */
public enum Consent {
    NOT_ASKED("Not yet asked"),
    GIVEN("Consents to contact"),
    WITHDRAWN("Consent withdrawn");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
