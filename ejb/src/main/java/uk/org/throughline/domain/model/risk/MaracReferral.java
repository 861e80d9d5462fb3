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
import java.util.Optional;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A victim's case referred to a MARAC: the perpetrator it is about, the criterion it meets, checked
 * against the facts on the day, whether it is a repeat (within 12 months of her last referral), and
 * the meeting it is listed at. The facts it was referred on (score, incidents, last referral) are kept
 * as they were.
 */
@Entity
@Table(name = "marac_referral")
public class MaracReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    /** Null for a referral naming no perpetrator (those made before referrals named him). */
    @Column(name = "perpetrator_person_id", updatable = false)
    private Long perpetratorPersonId;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", length = RiskFieldLengths.USERNAME, nullable = false)
    private String referredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "referring_agency", length = 30, nullable = false)
    private Agency referringAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", length = 30, nullable = false)
    private MaracCriterion criterion;

    @Column(name = "reason", length = RiskFieldLengths.REASON)
    private String reason;

    @Column(name = "repeat_referral", nullable = false)
    private boolean repeat;

    @Column(name = "previous_referral_on")
    private LocalDate previousReferralOn;

    /** The latest DASH assessment on the day of referral, and its score. */
    @Column(name = "risk_assessment_id")
    private Long riskAssessmentId;

    @Column(name = "dash_score")
    private Integer dashScore;

    @Column(name = "recent_incidents", nullable = false)
    private int recentIncidents;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private MaracMeeting meeting;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MaracReferral() {
        // for JPA
    }

    /**
     * @param facts the facts on the day of referral ({@code facts.on()} is the referral's day)
     * @throws InvalidFieldException naming the field if a detail is missing or the criterion is not met
     */
    public MaracReferral(MaracReferralDetails details, MaracFacts facts, MaracThresholds thresholds,
            String referredBy, LocalDate today, Instant now) {
        this.referredOn = Fields.pastDate(details.referredOn(), today, "referredOn", "date of the referral");
        if (!referredOn.equals(facts.on())) {
            throw new IllegalArgumentException("The facts must be those of the day of referral, " + referredOn);
        }
        this.referringAgency = Fields.required(details.referringAgency(), "referringAgency",
                "Select the referring agency");
        this.criterion = Fields.required(details.criterion(), "criterion", "Select the referral criterion");
        MaracCriteria.requireMet(criterion, details.reason(), facts, thresholds);
        this.reason = Fields.optionalText(details.reason(), RiskFieldLengths.REASON, "reason");
        this.personId = details.personId();
        this.perpetratorPersonId = details.perpetratorPersonId();
        MaracSuggestion found = MaracCriteria.suggest(facts, thresholds);
        this.repeat = found.repeat();
        this.previousReferralOn = facts.lastReferralOn();
        this.recentIncidents = found.recentIncidents();
        this.dashScore = facts.latestScore();
        this.riskAssessmentId = facts.latestAssessment() == null ? null : facts.latestAssessment().id();
        this.referredBy = Objects.requireNonNull(referredBy, "referredBy");
        this.createdAt = now;
    }

    /**
     * Lists the case at a meeting (or moves it to another).
     *
     * @throws InvalidFieldException on "meetingId" if the meeting is before the referral
     */
    public void listAt(MaracMeeting listed) {
        if (listed.meetsOn().isBefore(referredOn)) {
            throw new InvalidFieldException("meetingId", "The case was referred on " + UkDate.format(referredOn)
                    + ": it cannot be heard at a meeting on " + UkDate.format(listed.meetsOn()));
        }
        this.meeting = listed;
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

    /** The man whose abuse of her the case is about, when the referral names him. */
    public Optional<Long> perpetratorPersonId() {
        return Optional.ofNullable(perpetratorPersonId);
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String referredBy() {
        return referredBy;
    }

    public Agency referringAgency() {
        return referringAgency;
    }

    public MaracCriterion criterion() {
        return criterion;
    }

    public String reason() {
        return reason;
    }

    public boolean isRepeat() {
        return repeat;
    }

    public LocalDate previousReferralOn() {
        return previousReferralOn;
    }

    public Long riskAssessmentId() {
        return riskAssessmentId;
    }

    public Integer dashScore() {
        return dashScore;
    }

    public int recentIncidents() {
        return recentIncidents;
    }

    public Optional<MaracMeeting> meeting() {
        return Optional.ofNullable(meeting);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
