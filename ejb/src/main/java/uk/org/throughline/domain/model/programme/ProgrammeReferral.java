package uk.org.throughline.domain.model.programme;

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
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/**
 * A person referred to a programme, e.g. Project PIPA, dated and attributed to whoever made it. The
 * caution is held by id: the referral outlives changes to it and belongs to the programmes part.
 */
@Entity
@Table(name = "programme_referral")
public class ProgrammeReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "programme_name", length = PoliceFieldLengths.PROGRAMME, nullable = false)
    private String programmeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 30, nullable = false)
    private ReferralRoute route;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ReferralStatus status;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", length = 100, nullable = false)
    private String referredBy;

    @Column(name = "conditional_caution_id")
    private Long conditionalCautionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgrammeReferral() {
        // for JPA
    }

    /**
     * The referral a caution's programme condition makes, on the day of the caution.
     *
     * @throws IllegalStateException if the caution has no id yet (flush it first), so the link is never lost
     * @throws IllegalArgumentException if the condition does not require attending a programme
     */
    public static ProgrammeReferral forCautionCondition(ConditionalCaution caution, CautionCondition condition,
            String referredBy, Instant now) {
        if (caution.id() == null) {
            throw new IllegalStateException("Save the caution before referring its conditions: the referral keeps "
                    + "its id");
        }
        if (condition.type() != ConditionType.REHABILITATIVE) {
            throw new IllegalArgumentException("Only a condition to attend a programme makes a referral, not "
                    + condition.type());
        }
        ProgrammeReferral referral = new ProgrammeReferral();
        referral.personId = caution.personId();
        referral.programmeName = condition.programmeName();
        referral.route = ReferralRoute.CONDITIONAL_CAUTION;
        referral.status = ReferralStatus.RECEIVED;
        referral.referredOn = caution.cautionedOn();
        referral.referredBy = referredBy;
        referral.conditionalCautionId = caution.id();
        referral.createdAt = now;
        return referral;
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

    public String programmeName() {
        return programmeName;
    }

    public ReferralRoute route() {
        return route;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String referredBy() {
        return referredBy;
    }

    public Long conditionalCautionId() {
        return conditionalCautionId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
