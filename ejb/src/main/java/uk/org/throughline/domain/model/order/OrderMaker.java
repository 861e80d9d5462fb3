package uk.org.throughline.domain.model.order;

/** Who makes an order of a type. */
public enum OrderMaker {
    POLICE_SUPERINTENDENT("Police (superintendent or above)"),
    POLICE_INSPECTOR("Police (inspector or above)"),
    MAGISTRATES("Magistrates' court on police application"),
    FAMILY_COURT("Family court"),
    CRIMINAL_COURT("Criminal court"),
    FAMILY_OR_HIGH_COURT("Family court or High Court"),
    ANY_COURT("Family, criminal or civil court");

    private final String label;

    OrderMaker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
