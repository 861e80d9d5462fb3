package uk.org.throughline.domain.model.risk;

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
import java.util.Objects;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/** An action a MARAC gives one agency on one case, due by a day, until it is recorded as done. */
@Entity
@Table(name = "marac_action")
public class MaracAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private MaracReferral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency", length = 30, nullable = false)
    private Agency agency;

    @Column(name = "action", length = RiskFieldLengths.ACTION, nullable = false)
    private String action;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_by", length = RiskFieldLengths.USERNAME)
    private String completedBy;

    @Column(name = "created_by", length = RiskFieldLengths.USERNAME, nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MaracAction() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field if a detail is missing or due before the referral */
    public MaracAction(MaracReferral referral, Agency agency, String action, LocalDate dueOn, String createdBy,
            Instant now) {
        this.referral = Objects.requireNonNull(referral, "referral");
        this.agency = Fields.required(agency, "agency", "Select the agency the action is for");
        this.action = Fields.requiredText(action, RiskFieldLengths.ACTION, "action", "Describe the action");
        this.dueOn = Fields.required(dueOn, "dueOn", "Enter the date the action is due");
        if (dueOn.isBefore(referral.referredOn())) {
            throw new InvalidFieldException("dueOn", "The action cannot be due before the case was referred, on "
                    + UkDate.format(referral.referredOn()));
        }
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
    }

    /**
     * @throws BusinessException     if it is already recorded as done
     * @throws InvalidFieldException on "completedOn" if the day is missing, in the future or before the referral
     */
    public void complete(LocalDate on, String by, LocalDate today) {
        if (completedOn != null) {
            throw new BusinessException("The action was already recorded as done on " + UkDate.format(completedOn)
                    + " by " + completedBy + ".");
        }
        Fields.pastDate(on, today, "completedOn", "date the action was done");
        if (on.isBefore(referral.referredOn())) {
            throw new InvalidFieldException("completedOn", "The action cannot be done before the case was referred, on "
                    + UkDate.format(referral.referredOn()));
        }
        this.completedOn = on;
        this.completedBy = Objects.requireNonNull(by, "by");
    }

    public boolean isOverdue(LocalDate today) {
        return completedOn == null && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public MaracReferral referral() {
        return referral;
    }

    public Agency agency() {
        return agency;
    }

    public String action() {
        return action;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completedBy() {
        return completedBy;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
