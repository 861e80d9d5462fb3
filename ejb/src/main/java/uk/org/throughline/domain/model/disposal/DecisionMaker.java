package uk.org.throughline.domain.model.disposal;

/** Who made a charging or disposal decision. */
public enum DecisionMaker {
    POLICE("Police"),
    CPS("Crown Prosecution Service");

    private final String label;

    DecisionMaker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
