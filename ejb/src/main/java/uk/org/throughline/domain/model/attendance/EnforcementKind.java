package uk.org.throughline.domain.model.attendance;

/** What was done about a failure to comply. */
public enum EnforcementKind {
    WARNING("Warning"),
    BREACH_REFERRAL("Referral for breach"),
    CAUTION_CONDITION_FAILED("Caution condition failed"),
    CASE_WORKER_TASK("Task for the case worker");

    private final String label;

    EnforcementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A breach referral ends with the court's decision; a task with the case worker's. */
    public boolean isResolvable() {
        return this == BREACH_REFERRAL || this == CASE_WORKER_TASK;
    }
}
