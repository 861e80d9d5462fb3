package uk.org.throughline.domain.model.audit;

/** The kinds of processing DPA 2018 s.62 asks us to log. */
public enum AuditAction {
    VIEW, SEARCH, CREATE, UPDATE, MERGE, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, DELETE,
    /** A read refused: outside the caseload, or a restricted record. */
    REFUSED,
    /** A record opened outside the caseload, with the reason given (break-glass). */
    OPENED_FOR_REASON
}
