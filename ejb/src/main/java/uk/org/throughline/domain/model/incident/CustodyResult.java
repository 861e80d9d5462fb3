package uk.org.throughline.domain.model.incident;

/**
 * What custody decided after an arrest. Bail and release under investigation are interim: the
 * investigation goes on and a final result (charge or out-of-court disposal) follows.
 */
public enum CustodyResult {
    BAILED_WITH_CONDITIONS("Released on bail with conditions", true),
    RELEASED_UNDER_INVESTIGATION("Released under investigation", true),
    CHARGED_REMANDED("Charged and remanded in custody", false),
    CHARGED_BAILED("Charged and bailed to court", false),
    OUT_OF_COURT_DISPOSAL("Out-of-court disposal", false);

    private final String label;
    private final boolean interim;

    CustodyResult(String label, boolean interim) {
        this.label = label;
        this.interim = interim;
    }

    public String label() {
        return label;
    }

    public boolean isInterim() {
        return interim;
    }

    /** Conditions can be attached to pre-charge bail and to bail to court. */
    public boolean allowsBailConditions() {
        return this == BAILED_WITH_CONDITIONS || this == CHARGED_BAILED;
    }
}
