package uk.org.throughline.domain.model.caution;

/**
 * The aim of a caution condition (CJA 2003 s.22(3)): rehabilitation, restriction, reparation, or
 * punishment by a penalty or by attendance. Unpaid work and attendance at a specified place are set in
 * hours, at most 20 in all for one caution (see {@link ConditionalCaution#MAXIMUM_NON_REHABILITATIVE_HOURS}).
 */
public enum ConditionType {
    REHABILITATIVE("Rehabilitative: attend a programme", false),
    RESTRICTIVE("Restrictive: no contact or stay away", false),
    FINANCIAL_PENALTY("Financial penalty", false),
    UNPAID_WORK("Reparative: unpaid work (hours)", true),
    ATTENDANCE("Punitive: attend a specified place (hours)", true);

    private final String label;
    private final boolean setInHours;

    ConditionType(String label, boolean setInHours) {
        this.label = label;
        this.setInHours = setInHours;
    }

    public String label() {
        return label;
    }

    /** Non-rehabilitative attendance, set in hours and counted towards the 20-hour limit. */
    public boolean isSetInHours() {
        return setInHours;
    }
}
