package uk.org.throughline.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record, when, and why. Append-only: there are
 * no setters, no version and every column is insert-only, so nothing in the application can change
 * or remove a row once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int USERNAME_LENGTH = 100;
    public static final int RECORD_TYPE_LENGTH = 40;
    public static final int RECORD_ID_LENGTH = 40;
    public static final int TEXT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", length = USERNAME_LENGTH, nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20, nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "record_type", length = RECORD_TYPE_LENGTH, nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = RECORD_ID_LENGTH, updatable = false)
    private String recordId;

    @Column(name = "summary", length = TEXT_LENGTH, updatable = false)
    private String summary;

    @Column(name = "reason", length = TEXT_LENGTH, updatable = false)
    private String reason;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * Texts longer than their columns are cut short rather than refused: losing the end of a summary
     * is better than losing the record that the action happened.
     */
    public AuditEntry(Instant occurredAt, String username, AuditAction action, String recordType, String recordId,
            String summary, String reason) {
        if (occurredAt == null || username == null || username.isBlank() || action == null || recordType == null
                || recordType.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs a time, a user, an action and a record type");
        }
        this.occurredAt = occurredAt;
        this.username = fit(username, USERNAME_LENGTH);
        this.action = action;
        this.recordType = fit(recordType, RECORD_TYPE_LENGTH);
        this.recordId = fit(recordId, RECORD_ID_LENGTH);
        this.summary = fit(summary, TEXT_LENGTH);
        this.reason = fit(reason, TEXT_LENGTH);
    }

    private static String fit(String text, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() <= length ? trimmed : trimmed.substring(0, length - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String summary() {
        return summary;
    }

    public String reason() {
        return reason;
    }
}
