package uk.org.throughline.domain.model.audit;

/** The kinds of processing DPA 2018 s.62 asks us to log. */
public enum AuditAction {
    VIEW, SEARCH, CREATE, UPDATE, MERGE, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, DELETE
}
