package uk.org.throughline.domain.model.caseload;

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
import java.util.Objects;
import uk.org.throughline.domain.shared.Fields;

/**
 * One named member of staff a person's record is restricted to, or closed to. Lifted rather than
 * deleted, so who could open the record at any time stays known.
 */
@Entity
@Table(name = "person_restriction")
public class PersonRestriction {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private RestrictionKind kind;

    @Column(name = "username", length = 60, nullable = false, updatable = false)
    private String username;

    @Column(name = "reason", length = REASON_LENGTH, nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_by", length = 60, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "lifted_by", length = 60)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected PersonRestriction() {
        // for JPA
    }

    public PersonRestriction(long personId, RestrictionKind kind, String username, String reason,
            String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.username = Objects.requireNonNull(username, "username");
        this.reason = Fields.requiredText(reason, REASON_LENGTH, "reason", "Give the reason for the restriction");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public void lift(String by, Instant at) {
        this.liftedBy = Objects.requireNonNull(by, "by");
        this.liftedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isInForce() {
        return liftedAt == null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long personId() {
        return personId;
    }

    public RestrictionKind kind() {
        return kind;
    }

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
