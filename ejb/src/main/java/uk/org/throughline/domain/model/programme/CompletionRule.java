package uk.org.throughline.domain.model.programme;

/** What completing a programme takes. */
public enum CompletionRule {
    /** Every session of every required module attended, in its own session or a catch-up. */
    ALL_REQUIRED_MODULES("All required modules"),
    /** At least the programme's percentage of its sessions attended, e.g. Caring Dads' 80%. */
    ATTENDANCE_PERCENTAGE("Attendance percentage");

    private final String label;

    CompletionRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
