package uk.org.throughline.domain.model.risk;

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
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * One measure of a victim's safety plan (a panic alarm fitted, locks changed, a safe route to
 * work): who owns it, when it is due and when it is next reviewed, and where it stands. A victim's
 * plan is all her items.
 */
@Entity
@Table(name = "safety_plan_item")
public class SafetyPlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "action", length = RiskFieldLengths.ACTION, nullable = false)
    private String action;

    @Column(name = "owner", length = RiskFieldLengths.OWNER, nullable = false)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private SafetyPlanStatus status;

    @Column(name = "updated_by", length = RiskFieldLengths.USERNAME, nullable = false)
    private String updatedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SafetyPlanItem() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field if a detail is missing or wrong */
    public SafetyPlanItem(long personId, SafetyPlanDetails details, String by, Instant now) {
        this.personId = personId;
        this.createdAt = now;
        update(details, by, now);
    }

    /** Records the measure as it now stands, replacing what was recorded. */
    public final void update(SafetyPlanDetails details, String by, Instant now) {
        this.action = Fields.requiredText(details.action(), RiskFieldLengths.ACTION, "action",
                "Describe the safety measure");
        this.owner = Fields.requiredText(details.owner(), RiskFieldLengths.OWNER, "owner",
                "Enter who will see to it");
        this.status = Fields.required(details.status(), "status", "Select where it stands");
        if (details.dueOn() != null && details.reviewOn() != null && details.reviewOn().isBefore(details.dueOn())) {
            throw new InvalidFieldException("reviewOn", "Review it on or after the day it is due");
        }
        this.dueOn = details.dueOn();
        this.reviewOn = details.reviewOn();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = now;
    }

    /** Still to do and past its due day. */
    public boolean isOverdue(LocalDate today) {
        return status == SafetyPlanStatus.AGREED && dueOn != null && dueOn.isBefore(today);
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

    public String action() {
        return action;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public SafetyPlanStatus status() {
        return status;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
