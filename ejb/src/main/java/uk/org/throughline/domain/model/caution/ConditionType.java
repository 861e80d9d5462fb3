package uk.org.throughline.domain.model.caution;

/** The aim of a caution condition (CJA 2003 s.22(3)): rehabilitation, restriction, or punishment by a penalty. */
public enum ConditionType {
    REHABILITATIVE("Rehabilitative: attend a programme"),
    RESTRICTIVE("Restrictive: no contact or stay away"),
    FINANCIAL_PENALTY("Financial penalty");

    private final String label;

    ConditionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
