package uk.org.throughline.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.programme.CautionConditionChange;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * What was done about one failure to comply, as its route's policy decided (see {@link Enforcement}):
 * a warning with the date to respond by, a breach referral, a failed caution condition, or a task for
 * the case worker. Kept for good: the next failure's decision depends on the warnings before it.
 */
@Entity
@Table(name = "enforcement_action")
public class EnforcementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private ProgrammeReferral referral;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_record_id", nullable = false)
    private AttendanceRecord failure;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private EnforcementKind kind;

    /** The day of the session the person failed at. */
    @Column(name = "failed_on", nullable = false)
    private LocalDate failedOn;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = ProgrammeFieldLengths.USERNAME, nullable = false)
    private String decidedBy;

    /** What happened and why this action, as a letter or a worklist shows it. */
    @Column(name = "reason", length = ProgrammeFieldLengths.REASON, nullable = false)
    private String reason;

    /** A warning: the day the person must respond by. */
    @Column(name = "respond_by")
    private LocalDate respondBy;

    /** A task: the username of the case worker who must decide. */
    @Column(name = "assigned_to", length = ProgrammeFieldLengths.USERNAME)
    private String assignedTo;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolved_by", length = ProgrammeFieldLengths.USERNAME)
    private String resolvedBy;

    @Column(name = "resolution", length = ProgrammeFieldLengths.REASON)
    private String resolution;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EnforcementAction() {
        // for JPA
    }

    EnforcementAction(EnforcementKind kind, AttendanceRecord failure, String reason, LocalDate decidedOn,
            String decidedBy, Instant now) {
        this.kind = kind;
        this.failure = failure;
        this.referral = failure.referral();
        this.failedOn = failure.session().sessionDate();
        this.reason = reason.length() <= ProgrammeFieldLengths.REASON ? reason
                : reason.substring(0, ProgrammeFieldLengths.REASON - 1) + "\u2026";
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.createdAt = now;
    }

    EnforcementAction respondBy(LocalDate day) {
        this.respondBy = day;
        return this;
    }

    EnforcementAction assignTo(String username) {
        this.assignedTo = username;
        return this;
    }

    /**
     * Records how a breach referral or a task ended, e.g. "Order revoked and resentenced". A resolved
     * breach restarts the count of warnings.
     */
    public void resolve(String outcome, LocalDate on, String by, LocalDate today) {
        if (!kind.isResolvable()) {
            throw new BusinessException("A " + kind.label().toLowerCase(Locale.UK) + " stands as given: "
                    + "there is nothing to resolve.");
        }
        if (resolvedOn != null) {
            throw new BusinessException("This was resolved on " + UkDate.format(resolvedOn) + ".");
        }
        LocalDate day = Fields.pastDate(on, today, "resolvedOn", "date it was resolved");
        if (day.isBefore(decidedOn)) {
            throw new InvalidFieldException("resolvedOn", "It cannot be resolved before it was decided ("
                    + UkDate.format(decidedOn) + ")");
        }
        this.resolution = Fields.requiredText(outcome, ProgrammeFieldLengths.REASON, "resolution",
                "Say how it was resolved");
        this.resolvedOn = day;
        this.resolvedBy = by;
    }

    /** For a failed caution condition: the change the caution must make. */
    public Optional<CautionConditionChange> cautionConditionChange() {
        return kind == EnforcementKind.CAUTION_CONDITION_FAILED
                ? referral.cautionConditionChange(ComplianceStatus.FAILED, failedOn, reason)
                : Optional.empty();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProgrammeReferral referral() {
        return referral;
    }

    public AttendanceRecord failure() {
        return failure;
    }

    public EnforcementKind kind() {
        return kind;
    }

    public LocalDate failedOn() {
        return failedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public LocalDate respondBy() {
        return respondBy;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public LocalDate resolvedOn() {
        return resolvedOn;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolution() {
        return resolution;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
