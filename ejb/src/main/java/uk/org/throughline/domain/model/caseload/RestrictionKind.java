package uk.org.throughline.domain.model.caseload;

/** How a record is limited to named staff, as nDelius' "limited access". */
public enum RestrictionKind {
    /** Only the staff named may open it (a victim who is also a member of staff). */
    RESTRICTED_TO("Open only to"),
    /** The staff named may not open it (an officer related to the man). */
    EXCLUDED("Closed to");

    private final String label;

    RestrictionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
