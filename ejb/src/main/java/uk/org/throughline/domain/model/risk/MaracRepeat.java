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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Further abuse flagged as a MARAC repeat of a victim's referral (see {@link MaracRepeatRule}), at the moment
 * the breach or incident behind it was recorded: what it was, when it happened, and the referral it repeats.
 * Written once and never changed.
 */
@Entity
@Table(name = "marac_repeat")
public class MaracRepeat {

    public static final int DESCRIPTION_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "marac_referral_id", nullable = false, updatable = false)
    private MaracReferral referral;

    @Column(name = "victim_person_id", nullable = false, updatable = false)
    private long victimPersonId;

    @Column(name = "perpetrator_person_id", nullable = false, updatable = false)
    private long perpetratorPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", length = 20, nullable = false, updatable = false)
    private MaracRepeatTrigger trigger;

    @Column(name = "trigger_id", nullable = false, updatable = false)
    private long triggerId;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false, updatable = false)
    private String description;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    private Instant flaggedAt;

    protected MaracRepeat() {
        // for JPA
    }

    /**
     * @param referral    the referral the abuse repeats, as {@link MaracRepeatRule#referralRepeated} found it
     * @param description for the user, e.g. "breach of the Non-molestation order by SMITH, John on 05/12/2026"
     */
    public MaracRepeat(MaracReferral referral, FurtherAbuse abuse, String description, Instant now) {
        this.referral = Objects.requireNonNull(referral, "referral");
        this.victimPersonId = abuse.victimPersonId();
        this.perpetratorPersonId = abuse.perpetratorPersonId();
        this.trigger = abuse.trigger();
        this.triggerId = abuse.triggerId();
        this.occurredOn = abuse.on();
        String text = description.strip();
        this.description = text.length() <= DESCRIPTION_LENGTH ? text
                : text.substring(0, DESCRIPTION_LENGTH - 1) + "\u2026";
        this.flaggedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public MaracReferral referral() {
        return referral;
    }

    public long victimPersonId() {
        return victimPersonId;
    }

    public long perpetratorPersonId() {
        return perpetratorPersonId;
    }

    public MaracRepeatTrigger trigger() {
        return trigger;
    }

    public long triggerId() {
        return triggerId;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String description() {
        return description;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }
}
