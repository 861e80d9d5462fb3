package uk.org.throughline.domain.model.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import uk.org.throughline.domain.shared.Fields;

/**
 * A person's records opened by a worker outside their caseload, with the reason they gave
 * ("break-glass"): open to that worker until it lapses. Never changed once written.
 */
@Entity
@Table(name = "access_for_reason")
public class AccessForReason {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "username", length = 60, nullable = false, updatable = false)
    private String username;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "reason", length = REASON_LENGTH, nullable = false, updatable = false)
    private String reason;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "lapses_at", nullable = false, updatable = false)
    private Instant lapsesAt;

    protected AccessForReason() {
        // for JPA
    }

    public AccessForReason(String username, long personId, String reason, Instant openedAt, Duration lasting) {
        this.username = Objects.requireNonNull(username, "username");
        this.personId = personId;
        this.reason = Fields.requiredText(reason, REASON_LENGTH, "reason",
                "Give the reason you need this record: it is not on your caseload");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.lapsesAt = openedAt.plus(lasting);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public long personId() {
        return personId;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lapsesAt() {
        return lapsesAt;
    }
}
