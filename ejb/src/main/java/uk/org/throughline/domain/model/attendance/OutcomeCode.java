package uk.org.throughline.domain.model.attendance;

/** Attendance outcomes as probation records them in nDelius. */
public enum OutcomeCode {
    ATTC("Attended \u2014 complied"),
    AFTC("Attended \u2014 failed to comply"),
    AFTA("Failed to attend"),
    RSSR("Rescheduled at the service's request"),
    APPW("Appointment withdrawn");

    private final String label;

    OutcomeCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
