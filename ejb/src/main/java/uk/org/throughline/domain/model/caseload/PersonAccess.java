package uk.org.throughline.domain.model.caseload;

/** What a member of staff may do with one person's records. */
public enum PersonAccess {
    /** Their role reads everyone's records (police, partner contact, managers, administrators). */
    EVERYONE,
    /** The person is on their caseload. */
    ON_CASELOAD,
    /** Not on their caseload, but opened with a reason that has not lapsed. */
    OPENED_FOR_REASON,
    /** Not on their caseload: they may see the name and year of birth, or open it with a reason. */
    OFF_CASELOAD,
    /** Restricted to other named staff, or closed to them: no reason opens it. */
    RESTRICTED;

    /** Whether the records may be read now. */
    public boolean mayRead() {
        return this == EVERYONE || this == ON_CASELOAD || this == OPENED_FOR_REASON;
    }
}
