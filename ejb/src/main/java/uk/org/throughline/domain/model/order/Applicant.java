package uk.org.throughline.domain.model.order;

/** Who applied for the order. */
public enum Applicant {
    POLICE("Police"),
    VICTIM("Victim"),
    LOCAL_AUTHORITY("Local authority"),
    THIRD_PARTY("Third party"),
    PROSECUTION("Prosecution"),
    COURT("The court of its own motion");

    private final String label;

    Applicant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
