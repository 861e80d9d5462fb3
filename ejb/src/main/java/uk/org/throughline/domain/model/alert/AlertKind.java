package uk.org.throughline.domain.model.alert;

/** What happened to raise the alert. */
public enum AlertKind {
    MISSED_SESSION("Missed session"),
    DISCLOSURE_IN_SESSION("Disclosure or concern in session"),
    LATE_OR_LEFT_EARLY("Late or left early"),
    ATTENDANCE_CORRECTED("Attendance corrected"),
    EVIDENCE_WINDOW_CLOSED("Evidence window closed \u2014 judge this absence"),
    PROGRAMME_COMPLETED("Programme completed"),
    PROGRAMME_EXIT("Left the programme without completing it"),
    NEW_INCIDENT("New incident"),
    PARTNER_CONTACT_DUE("Partner contact due"),
    CONTACT_ATTEMPTS_FAILED("Repeated failed contact attempts"),
    RISK_RISING_TO_HIGH("Risk rising to high"),
    MARAC_REFERRAL("Referred to MARAC"),
    MARAC_REPEAT("MARAC repeat"),
    ORDER_BREACH("Order breach"),
    OPENED_OUTSIDE_CASELOAD("Record opened outside caseload");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
