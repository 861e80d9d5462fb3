package uk.org.throughline.domain.model.programme;

/**
 * What follows a failure to comply (an absence without reasonable excuse, or attending but failing
 * to comply), set per programme and referral route.
 */
public enum EnforcementPolicy {
    /**
     * Court orders (Sentencing Act 2020 Sch 10 para 6): a warning, but referral for breach if a
     * warning was already given in the previous 12 months; the count restarts once a breach is resolved.
     */
    WARNING_THEN_BREACH("Warning, then breach within 12 months"),
    /** Conditional cautions: the caution's programme condition fails and the police decide what follows. */
    CAUTION_NON_COMPLIANCE("Caution condition fails"),
    /** The case worker decides (YOT for YUVA, the social worker for children's social care). */
    CASE_WORKER_DECIDES("Task for the case worker"),
    /** Voluntary attendance: recorded, nothing enforced. */
    NONE("No enforcement");

    private final String label;

    EnforcementPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
