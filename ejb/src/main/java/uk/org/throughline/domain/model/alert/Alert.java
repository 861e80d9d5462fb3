package uk.org.throughline.domain.model.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.shared.BusinessException;

/**
 * An alert, or a task when it has a due date, for one worker or one role's queue: what happened,
 * to whom, and the record to open. Read and done are recorded once, with who and when.
 */
@Entity
@Table(name = "alert")
public class Alert {

    public static final int MESSAGE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private AlertKind kind;

    @Column(name = "recipient", length = 60, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", length = 30, updatable = false)
    private Role recipientRole;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "record_type", length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "message", length = MESSAGE_LENGTH, nullable = false, updatable = false)
    private String message;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by", length = 60)
    private String readBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    protected Alert() {
        // for JPA
    }

    /**
     * @param personId   whom it is about (null for none)
     * @param recordType what {@code recordId} names, for a link, e.g. "ProgrammeReferral"
     * @param dueOn      for a task, the day it must be done by; null for an alert
     */
    public Alert(AlertKind kind, Recipient to, Long personId, String recordType, Long recordId, String message,
            LocalDate dueOn, Instant now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = to.username();
        this.recipientRole = to.role();
        this.personId = personId;
        this.recordType = recordType;
        this.recordId = recordId;
        String text = Objects.requireNonNull(message, "message").strip();
        this.message = text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "\u2026";
        this.dueOn = dueOn;
        this.raisedAt = now;
    }

    /** Addressed to the user by name or to one of their roles. */
    public boolean isFor(String username, Set<Role> roles) {
        return username.equals(recipient) || roles.contains(recipientRole);
    }

    /** The first reading is kept; reading again changes nothing. */
    public void markRead(String by, Instant now) {
        if (readAt == null) {
            this.readAt = now;
            this.readBy = by;
        }
    }

    /** A task done (read too). @throws BusinessException for an alert that is not a task, or one already done */
    public void markDone(String by, Instant now) {
        if (dueOn == null) {
            throw new BusinessException("This is an alert, not a task: mark it read instead.");
        }
        if (doneAt != null) {
            throw new BusinessException("The task was already done by " + doneBy + ".");
        }
        markRead(by, now);
        this.doneAt = now;
        this.doneBy = by;
    }

    public boolean isOverdueOn(LocalDate today) {
        return dueOn != null && doneAt == null && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public AlertKind kind() {
        return kind;
    }

    public Recipient to() {
        return recipient != null ? Recipient.worker(recipient) : Recipient.queue(recipientRole);
    }

    public Long personId() {
        return personId;
    }

    public String recordType() {
        return recordType;
    }

    public Long recordId() {
        return recordId;
    }

    public String message() {
        return message;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public String readBy() {
        return readBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
