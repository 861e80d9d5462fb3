package uk.org.throughline.domain.model.attendance;

/**
 * What the register says about one person at one session. An absence is "awaiting evidence" while
 * the person may still show a reasonable excuse, then judged acceptable or unacceptable.
 */
public enum AttendanceMark {
    ATTENDED("Attended"),
    LATE("Late"),
    LEFT_EARLY("Left early"),
    ABSENT_AWAITING_EVIDENCE("Absent \u2014 awaiting evidence"),
    ABSENT_ACCEPTABLE("Absent \u2014 acceptable reason"),
    ABSENT_UNACCEPTABLE("Absent \u2014 no reasonable excuse"),
    RESCHEDULED("Rescheduled at the service's request"),
    WITHDRAWN("Withdrawn");

    private final String label;

    AttendanceMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The person was there, for at least part of the session. */
    public boolean present() {
        return this == ATTENDED || this == LATE || this == LEFT_EARLY;
    }

    public boolean absent() {
        return this == ABSENT_AWAITING_EVIDENCE || this == ABSENT_ACCEPTABLE || this == ABSENT_UNACCEPTABLE;
    }

    /**
     * Her partner-contact worker hears of it (Respect Standard): every late arrival, leaving early and
     * absence, whether awaiting evidence, accepted or not, not only those judged unacceptable.
     */
    public boolean toldToPartnerContact() {
        return this == LATE || this == LEFT_EARLY || absent();
    }

    /** What her partner-contact worker is told he did, e.g. "absent, awaiting evidence of a reasonable excuse". */
    public String asToldToPartnerContact() {
        return switch (this) {
            case ATTENDED -> "attended";
            case LATE -> "late";
            case LEFT_EARLY -> "left early";
            case ABSENT_AWAITING_EVIDENCE -> "absent, awaiting evidence of a reasonable excuse";
            case ABSENT_ACCEPTABLE -> "absent, absence accepted";
            case ABSENT_UNACCEPTABLE -> "absent, absence not accepted (no reasonable excuse)";
            case RESCHEDULED -> "session rescheduled at the service's request";
            case WITHDRAWN -> "withdrawn";
        };
    }

    /** The session's content was covered: leaving early means it must be caught up. */
    public boolean coversSession() {
        return this == ATTENDED || this == LATE;
    }

    /** @param failedToComply whether someone present failed to comply (behaviour, refusal to take part) */
    public OutcomeCode outcome(boolean failedToComply) {
        if (present()) {
            return failedToComply ? OutcomeCode.AFTC : OutcomeCode.ATTC;
        }
        if (absent()) {
            return OutcomeCode.AFTA;
        }
        return this == RESCHEDULED ? OutcomeCode.RSSR : OutcomeCode.APPW;
    }
}
