package uk.org.throughline.domain.model.caution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A conditional caution: the offender admitted the offence and signed consent to conditions, which
 * must be met by the compliance deadline. The caution's status follows its conditions: one failed
 * condition fails the caution, and when none is left active it has been complied with. A failed
 * caution waits for a non-compliance decision (prosecute the original offence or take no further action).
 */
@Entity
@Table(name = "conditional_caution")
public class ConditionalCaution {

    /**
     * Non-rehabilitative attendance (unpaid work, attending a specified place) is at most 20 hours in all:
     * Criminal Justice Act 2003 s.22 and the Code of Practice for Adult Conditional Cautions.
     */
    public static final int MAXIMUM_NON_REHABILITATIVE_HOURS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disposal_id", nullable = false)
    private Disposal disposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "caution_type", length = 10, nullable = false)
    private CautionType type;

    /** The diversion scheme whose rules were checked; may be absent for a youth caution. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scheme_id")
    private CautionScheme scheme;

    /** The offence as admitted, copied from the incident. */
    @Embedded
    private Offence offence;

    @Column(name = "cautioned_on", nullable = false)
    private LocalDate cautionedOn;

    @Column(name = "offence_admitted", nullable = false)
    private boolean offenceAdmitted;

    @Column(name = "consent_signed", nullable = false)
    private boolean consentSigned;

    @Column(name = "victim_views", length = PoliceFieldLengths.VICTIM_VIEWS, nullable = false)
    private String victimViews;

    @Column(name = "victim_views_shareable", nullable = false)
    private boolean victimViewsShareable;

    @Column(name = "appropriate_adult", length = PoliceFieldLengths.PERSON_NAME)
    private String appropriateAdult;

    @Column(name = "compliance_deadline", nullable = false)
    private LocalDate complianceDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ComplianceStatus status;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "withdrawal_reason", length = PoliceFieldLengths.REASON)
    private String withdrawalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    private NonComplianceOutcome decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_maker", length = 10)
    private DecisionMaker decisionMaker;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason", length = PoliceFieldLengths.REASON)
    private String decisionReason;

    /** Why an authorised officer cautioned although some scheme rules failed, and which failed. */
    @Column(name = "eligibility_override_reason", length = PoliceFieldLengths.REASON)
    private String eligibilityOverrideReason;

    @Column(name = "eligibility_failures", length = PoliceFieldLengths.VICTIM_VIEWS)
    private String eligibilityFailures;

    /** The inspector or above who cautioned despite failed rules, and their rank then. */
    @Column(name = "eligibility_override_by", length = StaffMember.USERNAME_LENGTH)
    private String eligibilityOverrideBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_override_rank", length = 30)
    private PoliceRank eligibilityOverrideRank;

    /** The charge of the original offence, when prosecution was decided after the caution failed. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prosecution_disposal_id")
    private Disposal prosecution;

    @OneToMany(mappedBy = "caution", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<CautionCondition> conditions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConditionalCaution() {
        // for JPA
    }

    /**
     * Gives the caution recorded by {@code disposal}.
     *
     * @param scheme         required for an adult caution: domestic abuse is only diverted on a CARA-model scheme
     * @param eligibility    the scheme's rules checked for this case; required with a scheme, null without
     * @param override       why to proceed although rules failed, and who does; null or ignored when all passed
     * @throws IneligibleForCautionException if rules failed and no reason to proceed was given
     * @throws InvalidFieldException         naming the field if a requirement of the caution is not met, or on
     *                                       "eligibilityOverrideReason" if rules failed and the officer
     *                                       proceeding is below inspector
     */
    public ConditionalCaution(Disposal disposal, CautionScheme scheme, EligibilityAssessment eligibility,
            EligibilityOverride override, LocalDate dateOfBirth, CautionTerms terms, CautionTimescales timescales,
            LocalDate today, Instant now) {
        this.type = Fields.required(terms.type(), "cautionType", "Select adult or youth conditional caution");
        if (disposal.outcomeType() != type.outcomeType()) {
            throw new IllegalArgumentException("A " + type + " caution is recorded as outcome " + type.outcomeType());
        }
        this.cautionedOn = Fields.pastDate(terms.cautionedOn(), today, "cautionedOn", "date of the caution");
        this.offence = Fields.required(terms.offence(), "offenceIndex", "Select the offence the caution is for");
        if (cautionedOn.isBefore(offence.offenceDate())) {
            throw new InvalidFieldException("cautionedOn", "The caution cannot be before the offence");
        }
        type.checkAge(dateOfBirth, cautionedOn, terms.appropriateAdult());
        if (type == CautionType.ADULT && scheme == null) {
            throw new InvalidFieldException("schemeId", "Select the diversion scheme: an adult conditional caution "
                    + "for domestic abuse must follow an approved scheme such as Project PIPA");
        }
        if (!terms.offenceAdmitted()) {
            throw new InvalidFieldException("offenceAdmitted", "A conditional caution needs the offender to admit "
                    + "the offence");
        }
        if (!terms.consentSigned()) {
            throw new InvalidFieldException("consentSigned", "A conditional caution needs the offender's signed "
                    + "consent to the conditions");
        }
        this.victimViews = Fields.requiredText(terms.victimViews().text(), PoliceFieldLengths.VICTIM_VIEWS,
                "victimViews", "Record the victim's views on the caution");
        this.victimViewsShareable = terms.victimViews().shareable();
        this.appropriateAdult = Fields.optionalText(terms.appropriateAdult(), PoliceFieldLengths.PERSON_NAME,
                "appropriateAdult");
        this.complianceDeadline = deadline(terms.complianceDeadline(), timescales);
        if (scheme != null && eligibility == null) {
            throw new IllegalArgumentException("Assess the case against " + scheme.name()
                    + "'s rules before cautioning");
        }
        recordEligibility(eligibility, override);
        if (terms.conditions().isEmpty()) {
            throw new InvalidFieldException("conditions", "Add at least one condition");
        }
        this.disposal = disposal;
        this.incident = disposal.incident();
        this.personId = disposal.personId();
        this.scheme = scheme;
        this.offenceAdmitted = true;
        this.consentSigned = true;
        terms.conditions().forEach(condition -> conditions.add(new CautionCondition(this, condition)));
        int hours = conditions.stream().filter(condition -> condition.type().isSetInHours())
                .mapToInt(CautionCondition::hours).sum();
        if (hours > MAXIMUM_NON_REHABILITATIVE_HOURS) {
            throw new InvalidFieldException("conditions", "Unpaid work and attendance come to " + hours
                    + " hours: non-rehabilitative conditions are limited to " + MAXIMUM_NON_REHABILITATIVE_HOURS
                    + " hours in all");
        }
        this.status = ComplianceStatus.ACTIVE;
        this.statusChangedOn = cautionedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private LocalDate deadline(LocalDate requested, CautionTimescales timescales) {
        if (requested == null) {
            return cautionedOn.plusWeeks(timescales.complianceWeeks());
        }
        LocalDate latest = cautionedOn.plusWeeks(timescales.maximumComplianceWeeks());
        if (!requested.isAfter(cautionedOn) || requested.isAfter(latest)) {
            throw new InvalidFieldException("complianceDeadline", "The compliance deadline must be after the caution "
                    + "and no later than " + UkDate.format(latest) + " (" + timescales.maximumComplianceWeeks()
                    + " weeks)");
        }
        return requested;
    }

    private void recordEligibility(EligibilityAssessment eligibility, EligibilityOverride override) {
        if (eligibility == null || eligibility.eligible()) {
            return;
        }
        if (override == null || !override.hasReason()) {
            throw new IneligibleForCautionException(eligibility);
        }
        if (!override.isAuthorised()) {
            throw new InvalidFieldException("eligibilityOverrideReason", "Only an authorised officer, an inspector "
                    + "or above, may caution although scheme rules failed: you are recorded as "
                    + override.recordedAs() + ". Ask an inspector to give the caution.");
        }
        this.eligibilityOverrideReason = Fields.requiredText(override.reason(), PoliceFieldLengths.REASON,
                "eligibilityOverrideReason", "Give the reason for proceeding");
        this.eligibilityOverrideBy = override.officer();
        this.eligibilityOverrideRank = override.rank();
        String failures = eligibility.failureSummary();
        this.eligibilityFailures = failures.length() <= PoliceFieldLengths.VICTIM_VIEWS ? failures
                : failures.substring(0, PoliceFieldLengths.VICTIM_VIEWS - 1) + "\u2026";
    }

    /**
     * Records that a condition was complied with, failed or withdrawn, and what that means for the
     * caution: any failure fails it; with no condition left active it has been complied with.
     *
     * @throws BusinessException if the caution or the condition is no longer active, or the last
     *                           condition would be withdrawn (withdraw the caution instead)
     */
    public void changeConditionStatus(CautionCondition condition, ComplianceStatus next, LocalDate on, PoliceText note,
            LocalDate today, Instant now) {
        Fields.required(next, "status", "Select the new status");
        if (status != ComplianceStatus.ACTIVE) {
            throw new BusinessException("The caution is \"" + status.label()
                    + "\", so the status of its conditions can no longer change.");
        }
        if (!conditions.contains(condition)) {
            throw new IllegalArgumentException("Condition " + condition.id() + " is not part of caution " + id);
        }
        condition.requireCanBecome(next);
        LocalDate day = dateSinceCaution(on, today, "on", "date of the change");
        String checkedNote = Fields.optionalText(note.text(), PoliceFieldLengths.REASON, "note");
        if (next == ComplianceStatus.COMPLIED && day.isAfter(complianceDeadline)) {
            throw new InvalidFieldException("on", "Compliance was due by " + UkDate.format(complianceDeadline)
                    + ": a condition met after the deadline was not met in time, so record it as failed");
        }
        if (next != ComplianceStatus.COMPLIED && checkedNote == null) {
            throw new InvalidFieldException("note", "Say why the condition is " + next.label().toLowerCase(Locale.UK));
        }
        boolean lastActive = conditions.stream().filter(c -> c.status() == ComplianceStatus.ACTIVE).count() == 1;
        boolean anyComplied = conditions.stream().anyMatch(c -> c.status() == ComplianceStatus.COMPLIED);
        if (next == ComplianceStatus.WITHDRAWN && lastActive && !anyComplied) {
            throw new BusinessException("This is the caution's last active condition: withdraw the caution instead.");
        }
        condition.changeStatus(next, day, new PoliceText(checkedNote, note.shareable()));
        if (next == ComplianceStatus.FAILED) {
            becomes(ComplianceStatus.FAILED, day);
        } else if (conditions.stream().noneMatch(c -> c.status() == ComplianceStatus.ACTIVE)) {
            becomes(ComplianceStatus.COMPLIED, day);
        }
        this.updatedAt = now;
    }

    /** Withdraws the caution (e.g. given in error) with its active conditions. */
    public void withdraw(String reason, LocalDate on, LocalDate today, Instant now) {
        status.requireCanBecome(ComplianceStatus.WITHDRAWN, "The caution");
        LocalDate day = dateSinceCaution(on, today, "on", "date of withdrawal");
        this.withdrawalReason = Fields.requiredText(reason, PoliceFieldLengths.REASON, "reason",
                "Give the reason for withdrawing the caution");
        conditions.stream()
                .filter(condition -> condition.status() == ComplianceStatus.ACTIVE)
                .forEach(condition -> condition.changeStatus(ComplianceStatus.WITHDRAWN, day,
                        PoliceText.shareable("Caution withdrawn")));
        becomes(ComplianceStatus.WITHDRAWN, day);
        this.updatedAt = now;
    }

    /**
     * Records what was decided after the caution failed. Prosecution of a summary-only offence is
     * refused once its time limit has passed. A decision to prosecute starts the prosecution (CJA 2003
     * s.24(2): the caution ceases to have effect): the original offence is charged on the same arrest or
     * voluntary interview, which opens its court case, so nobody records the charge again by hand.
     */
    public void recordNonComplianceDecision(NonComplianceOutcome outcome, DecisionMaker by, LocalDate on,
            String reason, LocalDate today, Instant now) {
        if (status != ComplianceStatus.FAILED) {
            throw new BusinessException("The caution is \"" + status.label()
                    + "\": a non-compliance decision is made only after it has failed.");
        }
        if (decision != null) {
            throw new BusinessException("The non-compliance decision was already recorded on "
                    + UkDate.format(decidedOn) + " (" + decision.label() + ").");
        }
        Fields.required(outcome, "decision", "Select the decision");
        LocalDate day = Fields.pastDate(on, today, "decidedOn", "date of the decision");
        if (day.isBefore(statusChangedOn)) {
            throw new InvalidFieldException("decidedOn", "The date of the decision cannot be before the caution "
                    + "failed (" + UkDate.format(statusChangedOn) + ")");
        }
        if (outcome == NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE) {
            SummaryTimeLimit.passedBy(offence, day).ifPresent(passed -> {
                throw new InvalidFieldException("decision", passed);
            });
        }
        this.decisionMaker = Fields.required(by, "decisionMaker", "Select who made the decision");
        this.decisionReason = Fields.requiredText(reason, PoliceFieldLengths.REASON, "reason",
                "Give the reason for the decision");
        this.decision = outcome;
        this.decidedOn = day;
        this.updatedAt = now;
        if (outcome == NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE) {
            SuspectContact contact = disposal.arrest().<SuspectContact>map(arrest -> arrest)
                    .orElseGet(() -> disposal.voluntaryInterview().orElseThrow());
            this.prosecution = new Disposal(contact, OutcomeType.CHARGED_OR_SUMMONSED, by, day, "Charged with the "
                    + "original offence, " + offence.description() + ", after the conditional caution failed",
                    today, now);
        }
    }

    /** Failed, and decided to be prosecuted: the original offence may now be charged. */
    public boolean isDecidedToProsecute() {
        return decision == NonComplianceOutcome.PROSECUTE_ORIGINAL_OFFENCE;
    }

    /** Compliance is open while the caution is active, or failed with no decision yet. */
    public boolean isComplianceOpen() {
        return status == ComplianceStatus.ACTIVE || (status == ComplianceStatus.FAILED && decision == null);
    }

    /** Past its deadline still active, or failed: either way waiting for someone to decide. */
    public boolean isAwaitingDecision(LocalDate today) {
        return (status == ComplianceStatus.ACTIVE && today.isAfter(complianceDeadline))
                || (status == ComplianceStatus.FAILED && decision == null);
    }

    /** @see SummaryTimeLimit#warning */
    public Optional<String> timeLimitWarning(LocalDate today, CautionTimescales timescales) {
        return isComplianceOpen()
                ? SummaryTimeLimit.warning(offence, complianceDeadline, today, timescales.timeLimitWarningDays())
                : Optional.empty();
    }

    /** The conditions that require attending a programme: each becomes a programme referral. */
    public List<CautionCondition> programmeConditions() {
        return conditions.stream().filter(condition -> condition.type() == ConditionType.REHABILITATIVE).toList();
    }

    /** @throws InvalidFieldException on "conditionId" if the caution has no such condition */
    public CautionCondition condition(long conditionId) {
        return conditions.stream()
                .filter(condition -> condition.id() != null && condition.id() == conditionId)
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("conditionId", "That condition is not part of this caution"));
    }

    private LocalDate dateSinceCaution(LocalDate on, LocalDate today, String field, String what) {
        Fields.pastDate(on, today, field, what);
        if (on.isBefore(cautionedOn)) {
            throw new InvalidFieldException(field, "The " + what + " cannot be before the caution ("
                    + UkDate.format(cautionedOn) + ")");
        }
        return on;
    }

    private void becomes(ComplianceStatus next, LocalDate on) {
        this.status = next;
        this.statusChangedOn = on;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Disposal disposal() {
        return disposal;
    }

    public Incident incident() {
        return incident;
    }

    public long personId() {
        return personId;
    }

    public CautionType type() {
        return type;
    }

    public Optional<CautionScheme> scheme() {
        return Optional.ofNullable(scheme);
    }

    public Offence offence() {
        return offence;
    }

    public LocalDate cautionedOn() {
        return cautionedOn;
    }

    /** What the victim said when consulted: withheld from offender managers unless police marked it shareable. */
    public PoliceText victimViews() {
        return new PoliceText(victimViews, victimViewsShareable);
    }

    public String appropriateAdult() {
        return appropriateAdult;
    }

    public LocalDate complianceDeadline() {
        return complianceDeadline;
    }

    public ComplianceStatus status() {
        return status;
    }

    public LocalDate statusChangedOn() {
        return statusChangedOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public NonComplianceOutcome decision() {
        return decision;
    }

    public DecisionMaker decisionMaker() {
        return decisionMaker;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String eligibilityOverrideReason() {
        return eligibilityOverrideReason;
    }

    public String eligibilityFailures() {
        return eligibilityFailures;
    }

    /** Username of the officer who cautioned despite failed rules; null when none failed. */
    public String eligibilityOverrideBy() {
        return eligibilityOverrideBy;
    }

    public PoliceRank eligibilityOverrideRank() {
        return eligibilityOverrideRank;
    }

    /** The charge the decision to prosecute recorded, with its court case: the caller saves it. */
    public Optional<Disposal> prosecution() {
        return Optional.ofNullable(prosecution);
    }

    public List<CautionCondition> conditions() {
        return Collections.unmodifiableList(conditions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
