package uk.org.throughline.domain.model.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.org.throughline.domain.model.caution.CautionCondition;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A person referred to a programme, from one of the routes the programme accepts, and the life of
 * the referral from received to completed or not: every step dated, attributed and kept. The
 * caution and court case are held by id: the referral belongs to the programmes part and outlives
 * changes to them.
 */
@Entity
@Table(name = "programme_referral")
public class ProgrammeReferral {

    private static final int FAILURES_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    /**
     * The programme as the referrer named it; a caution's condition names it in free text, replaced by
     * the catalogue's name once the referral is tied to the catalogue.
     */
    @Column(name = "programme_name", length = PoliceFieldLengths.PROGRAMME, nullable = false)
    private String programmeName;

    /** The catalogue's programme; missing only while a caution's referral names one the catalogue does not know. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 30, nullable = false)
    private ReferralRoute route;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ReferralStatus status;

    @Column(name = "status_changed_on", nullable = false)
    private LocalDate statusChangedOn;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", length = ProgrammeFieldLengths.USERNAME, nullable = false)
    private String referredBy;

    @Column(name = "conditional_caution_id")
    private Long conditionalCautionId;

    @Column(name = "caution_condition_id")
    private Long cautionConditionId;

    @Column(name = "court_case_id")
    private Long courtCaseId;

    @Column(name = "child_protection_plan_ref", length = ProgrammeFieldLengths.PLAN_REFERENCE)
    private String childProtectionPlanReference;

    @Column(name = "case_worker", length = ProgrammeFieldLengths.USERNAME)
    private String caseWorker;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 20)
    private RiskLevel riskLevel;

    /** Why an authorised member of staff referred although some criteria failed, and which failed. */
    @Column(name = "eligibility_override_reason", length = ProgrammeFieldLengths.REASON)
    private String eligibilityOverrideReason;

    @Column(name = "eligibility_failures", length = FAILURES_LENGTH)
    private String eligibilityFailures;

    /** The cohort (or one-to-one placement) the referral was last allocated to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_completed_reason", length = 20)
    private NotCompletedReason notCompletedReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_status_change", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<ReferralStep> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgrammeReferral() {
        // for JPA
    }

    private ProgrammeReferral(long personId, String programmeName, ReferralRoute route, LocalDate referredOn,
            String referredBy, Instant now) {
        this.personId = personId;
        this.programmeName = programmeName;
        this.route = route;
        this.referredOn = referredOn;
        this.referredBy = Objects.requireNonNull(referredBy, "referredBy");
        this.status = ReferralStatus.RECEIVED;
        this.statusChangedOn = referredOn;
        this.history.add(new ReferralStep(ReferralStatus.RECEIVED, referredOn, referredBy, null, now));
        this.createdAt = now;
    }

    /**
     * The referral a caution's programme condition makes, on the day of the caution. The programme
     * is named by the condition; {@link #linkProgramme} ties it to the catalogue.
     *
     * @throws IllegalStateException if the caution or condition has no id yet (flush it first), so the link
     *         is never lost
     * @throws IllegalArgumentException if the condition does not require attending a programme
     */
    public static ProgrammeReferral forCautionCondition(ConditionalCaution caution, CautionCondition condition,
            String referredBy, Instant now) {
        if (caution.id() == null || condition.id() == null) {
            throw new IllegalStateException("Save the caution before referring its conditions: the referral keeps "
                    + "its id");
        }
        if (condition.type() != ConditionType.REHABILITATIVE) {
            throw new IllegalArgumentException("Only a condition to attend a programme makes a referral, not "
                    + condition.type());
        }
        ProgrammeReferral referral = new ProgrammeReferral(caution.personId(), condition.programmeName(),
                ReferralRoute.CONDITIONAL_CAUTION, caution.cautionedOn(), referredBy, now);
        referral.conditionalCautionId = caution.id();
        referral.cautionConditionId = condition.id();
        return referral;
    }

    /**
     * A referral from any route but a caution (a caution makes its own). The programme must accept
     * the route, and the person must meet its criteria unless a reason to proceed is given.
     *
     * @param overrideReason why to refer although criteria failed (an authorised role's decision); ignored
     *                       when all pass
     * @throws InvalidFieldException          naming the field if the route or what it needs is missing or refused
     * @throws IneligibleForProgrammeException if criteria failed and no reason to proceed was given
     */
    public static ProgrammeReferral refer(Programme programme, ReferralDetails details, ReferralFacts facts,
            String overrideReason, String referredBy, LocalDate today, Instant now) {
        ReferralRoute route = Fields.required(details.route(), "route", "Select how the person was referred");
        if (route == ReferralRoute.CONDITIONAL_CAUTION) {
            throw new InvalidFieldException("route", "A conditional caution makes its referral itself when the "
                    + "caution is given");
        }
        programme.enforcementPolicy(route);
        LocalDate referredOn = Fields.pastDate(details.referredOn(), today, "referredOn", "date of the referral");
        ProgrammeReferral referral = new ProgrammeReferral(details.personId(), programme.name(), route, referredOn,
                referredBy, now);
        referral.programme = programme;
        referral.takeRouteDetails(details);
        referral.riskLevel = facts.riskLevel();
        referral.recordEligibility(programme.assess(facts), overrideReason);
        return referral;
    }

    private void takeRouteDetails(ReferralDetails details) {
        this.caseWorker = Fields.optionalText(details.caseWorker(), ProgrammeFieldLengths.USERNAME, "caseWorker");
        this.childProtectionPlanReference = Fields.optionalText(details.childProtectionPlanReference(),
                ProgrammeFieldLengths.PLAN_REFERENCE, "childProtectionPlanReference");
        this.courtCaseId = details.courtCaseId();
        if (route == ReferralRoute.COURT_ORDER && courtCaseId == null) {
            throw new InvalidFieldException("courtCaseId", "Select the court case whose order requires the programme");
        }
        if (route == ReferralRoute.CHILDRENS_SOCIAL_CARE && childProtectionPlanReference == null) {
            throw new InvalidFieldException("childProtectionPlanReference", "Enter the child-protection plan "
                    + "reference");
        }
        if (route != ReferralRoute.VOLUNTARY && caseWorker == null) {
            throw new InvalidFieldException("caseWorker", "Name the " + switch (route) {
                case COURT_ORDER -> "probation officer";
                case CHILDRENS_SOCIAL_CARE -> "social worker";
                default -> "YOT worker";
            } + " responsible for the person");
        }
    }

    private void recordEligibility(ProgrammeEligibility eligibility, String overrideReason) {
        if (eligibility.eligible()) {
            return;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new IneligibleForProgrammeException(eligibility);
        }
        this.eligibilityOverrideReason = Fields.requiredText(overrideReason, ProgrammeFieldLengths.REASON,
                "eligibilityOverrideReason", "Give the reason for proceeding");
        String failures = eligibility.failureSummary();
        this.eligibilityFailures = failures.length() <= FAILURES_LENGTH ? failures
                : failures.substring(0, FAILURES_LENGTH - 1) + "\u2026";
    }

    /**
     * Ties a caution's referral to the catalogue's programme it names (a condition may name it
     * loosely, e.g. "PIPA workshops").
     *
     * @throws BusinessException if already linked, or past being received
     */
    public void linkProgramme(Programme chosen) {
        if (programme != null) {
            throw new BusinessException("The referral is already for " + programme.name() + ".");
        }
        if (status != ReferralStatus.RECEIVED) {
            throw new BusinessException("The referral is \"" + status.label()
                    + "\": its programme can only be chosen before it is assessed.");
        }
        chosen.enforcementPolicy(route);
        this.programme = chosen;
        this.programmeName = chosen.name();
    }

    /** The programme team found the person suitable; {@code note} is optional. */
    public void assessSuitable(String note, LocalDate on, String by, LocalDate today, Instant now) {
        requireProgramme();
        move(ReferralStatus.SUITABLE, on, by, Fields.optionalText(note, ProgrammeFieldLengths.REASON, "reason"),
                today, now);
    }

    public void assessNotSuitable(String reason, LocalDate on, String by, LocalDate today, Instant now) {
        requireProgramme();
        move(ReferralStatus.NOT_SUITABLE, on, by, Fields.requiredText(reason, ProgrammeFieldLengths.REASON, "reason",
                "Say why the person is not suitable"), today, now);
    }

    /**
     * @throws BusinessException if the referral holds a place: it goes back to the waiting list only by
     *         leaving its cohort, with the reason ({@link Cohort#release})
     */
    public void addToWaitingList(LocalDate on, String by, LocalDate today, Instant now) {
        if (status == ReferralStatus.ALLOCATED) {
            throw new BusinessException("The referral has a place in \"" + cohort.name() + "\": it goes back to the "
                    + "waiting list by leaving the cohort, with the reason.");
        }
        move(ReferralStatus.WAITING, on, by, null, today, now);
    }

    /** @see Cohort#admit */
    void allocateTo(Cohort place, LocalDate on, String by, LocalDate today, Instant now) {
        move(ReferralStatus.ALLOCATED, on, by, place.name(), today, now);
        this.cohort = place;
    }

    /** @see Cohort#release */
    void returnToWaitingList(String reason, LocalDate on, String by, LocalDate today, Instant now) {
        move(ReferralStatus.WAITING, on, by, Fields.requiredText(reason, ProgrammeFieldLengths.REASON, "reason",
                "Say why the person is leaving the cohort"), today, now);
        this.cohort = null;
    }

    /**
     * Names the probation officer or YOT worker who answers for the person from {@code on}: they take
     * the referral on themselves or a manager assigns it to them. A caution's referral is answered for
     * by the officer who gave the caution until then. The status stays as it is; the history keeps the
     * step, dated and attributed.
     *
     * @param worker the username of an account the caller has checked is a probation officer's or YOT worker's
     * @throws BusinessException     if the referral has ended or the worker already answers for it
     * @throws InvalidFieldException naming {@code on} if the date is in the future or before the last step
     */
    public void nameCaseWorker(String worker, LocalDate on, String by, LocalDate today, Instant now) {
        String username = Fields.requiredText(worker, ProgrammeFieldLengths.USERNAME, "caseWorker",
                "Name the probation officer or YOT worker");
        if (status.isFinal()) {
            throw new BusinessException("The referral is \"" + status.label() + "\": it has ended, so there is no "
                    + "case worker to name.");
        }
        if (username.equals(caseWorker())) {
            throw new InvalidFieldException("caseWorker", username + " is already the case worker");
        }
        Fields.pastDate(on, today, "on", "date");
        LocalDate lastStepOn = history.get(history.size() - 1).on();
        if (on.isBefore(lastStepOn)) {
            throw new InvalidFieldException("on", "The date cannot be before the referral's last step on "
                    + UkDate.format(lastStepOn));
        }
        history.add(ReferralStep.caseWorkerNamed(status, username, on, Objects.requireNonNull(by, "by"), now));
        this.caseWorker = username;
    }

    /** The person's first session: recorded when the first register they are on is saved. */
    public void start(LocalDate on, String by, Instant now) {
        move(ReferralStatus.IN_PROGRESS, on, by, null, on, now);
    }

    /**
     * Records that the person completed the programme, which needs its completion rule met.
     *
     * @return for a caution's referral, the caution's programme condition complied with
     * @throws BusinessException saying what is missing if the rule is not met
     */
    public Optional<CautionConditionChange> complete(CompletionProgress progress, LocalDate on, String by,
            LocalDate today, Instant now) {
        requireProgramme();
        status.requireCanBecome(ReferralStatus.COMPLETED);
        if (!progress.met()) {
            throw new BusinessException("Not yet completed: " + progress.summary() + ".");
        }
        move(ReferralStatus.COMPLETED, on, by, progress.summary(), today, now);
        return cautionConditionChange(ComplianceStatus.COMPLIED, on, "Completed " + programme.name() + ": "
                + progress.summary());
    }

    /**
     * Ends the referral without completion.
     *
     * @return for a caution's referral, the caution's programme condition failed
     */
    public Optional<CautionConditionChange> endNotCompleted(NotCompletedReason reason, String note, LocalDate on,
            String by, LocalDate today, Instant now) {
        Fields.required(reason, "notCompletedReason", "Select why the programme was not completed");
        String checkedNote = Fields.optionalText(note, ProgrammeFieldLengths.REASON, "note");
        String because = checkedNote == null ? "" : ": " + checkedNote;
        move(ReferralStatus.NOT_COMPLETED, on, by, reason.label() + because, today, now);
        this.notCompletedReason = reason;
        return cautionConditionChange(ComplianceStatus.FAILED, on, "Did not complete " + programmeName + " ("
                + reason.label().toLowerCase(Locale.UK) + ")" + because);
    }

    /**
     * What {@code status} of the programme means for the caution that made this referral; empty for
     * other routes.
     */
    public Optional<CautionConditionChange> cautionConditionChange(ComplianceStatus next, LocalDate on, String note) {
        if (route != ReferralRoute.CONDITIONAL_CAUTION) {
            return Optional.empty();
        }
        return Optional.of(new CautionConditionChange(conditionalCautionId, cautionConditionId, next, on, note));
    }

    /** Whether the person had a place in {@code place} on {@code day}: allocated by then and not yet finished. */
    public boolean wasInCohortOn(Cohort place, LocalDate day) {
        if (cohort == null || cohort != place) {
            return false;
        }
        LocalDate allocatedOn = lastStep(ReferralStatus.ALLOCATED).on();
        return !day.isBefore(allocatedOn) && (!status.isFinal() || !day.isAfter(statusChangedOn));
    }

    /** The day of the person's first session, once they have started. */
    public Optional<LocalDate> startedOn() {
        return history.stream().filter(step -> step.status() == ReferralStatus.IN_PROGRESS)
                .map(ReferralStep::on).findFirst();
    }

    /** The day the programme ended for the person, completed or not, once it has. */
    public Optional<LocalDate> endedOn() {
        return status.isFinal() ? Optional.of(statusChangedOn) : Optional.empty();
    }

    /** The day the person joined the waiting list, while they are on it. */
    public Optional<LocalDate> waitingSince() {
        return status == ReferralStatus.WAITING ? Optional.of(statusChangedOn) : Optional.empty();
    }

    private ReferralStep lastStep(ReferralStatus reached) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ReferralStep step = history.get(i);
            if (step.status() == reached && step.caseWorker() == null) {
                return step;
            }
        }
        throw new IllegalStateException("Referral " + id + " never became " + reached);
    }

    private void requireProgramme() {
        if (programme == null) {
            throw new BusinessException("The referral names \"" + programmeName + "\", which is not a programme in "
                    + "the catalogue: choose the programme first.");
        }
    }

    private void move(ReferralStatus next, LocalDate on, String by, String reason, LocalDate today, Instant now) {
        status.requireCanBecome(next);
        Fields.pastDate(on, today, "on", "date");
        if (on.isBefore(statusChangedOn)) {
            throw new InvalidFieldException("on", "The date cannot be before the referral became \"" + status.label()
                    + "\" on " + UkDate.format(statusChangedOn));
        }
        history.add(new ReferralStep(next, on, Objects.requireNonNull(by, "by"), reason, now));
        this.status = next;
        this.statusChangedOn = on;
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

    public Optional<Programme> programme() {
        return Optional.ofNullable(programme);
    }

    public ReferralRoute route() {
        return route;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate statusChangedOn() {
        return statusChangedOn;
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

    public Long cautionConditionId() {
        return cautionConditionId;
    }

    public Long courtCaseId() {
        return courtCaseId;
    }

    public String childProtectionPlanReference() {
        return childProtectionPlanReference;
    }

    /** Who answers for the person: the case worker, or for a caution or a self-referral whoever referred. */
    public String caseWorker() {
        return caseWorker != null ? caseWorker : referredBy;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public String eligibilityOverrideReason() {
        return eligibilityOverrideReason;
    }

    public String eligibilityFailures() {
        return eligibilityFailures;
    }

    public Optional<Cohort> cohort() {
        return Optional.ofNullable(cohort);
    }

    public NotCompletedReason notCompletedReason() {
        return notCompletedReason;
    }

    public List<ReferralStep> history() {
        return Collections.unmodifiableList(history);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
