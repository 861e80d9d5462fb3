package uk.org.throughline.domain.model.victim;

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
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * Keeping one victim informed while one of her perpetrator's programme referrals runs (Respect
 * Standard): opened with the referral, the first contact due within a few working days, then one at
 * a regular interval while the programme runs, and one soon after his start, completion or exit.
 * Every attempt is logged; failed attempts in a row escalate once to a manager, and a contact that
 * reaches her after the programme ended closes the plan.
 *
 * <p>When his programme has parallel support for her (Caring Dads: the mother of his children; YUVA: the
 * parent he harmed), the plan also carries that offer: made when the plan opens, then accepted or declined,
 * with the worker who supports her. Her contacts and support sessions are the plan's attempts, so the one
 * log says both what she was told and how she was supported.
 */
@Entity
@Table(name = "partner_contact_plan")
public class PartnerContactPlan {

    static final String INITIAL = "Initial contact";
    static final String REGULAR = "Regular contact while the programme runs";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "victim_id", nullable = false, updatable = false)
    private VictimRecord victim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private ProgrammeReferral referral;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "next_contact_due")
    private LocalDate nextContactDue;

    @Column(name = "next_contact_reason", length = 100)
    private String nextContactReason;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "support", length = 20)
    private ParallelSupport support;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_decision", length = 20)
    private SupportDecision supportDecision;

    @Column(name = "support_decided_on")
    private LocalDate supportDecidedOn;

    @Column(name = "support_worker", length = VictimFieldLengths.USERNAME)
    private String supportWorker;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "contact_attempt", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<ContactAttempt> attempts = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PartnerContactPlan() {
        // for JPA
    }

    /**
     * Opened the day the perpetrator was referred: the first contact is due a few working days later.
     * Where his programme has parallel support for her, it is offered from that day, with her
     * partner-contact worker as her support worker.
     */
    public PartnerContactPlan(VictimRecord victim, ProgrammeReferral referral, BankHolidays holidays,
            PartnerContactTimescales timescales, Instant now) {
        this.victim = victim;
        this.referral = referral;
        this.openedOn = referral.referredOn();
        this.nextContactDue = holidays.addWorkingDays(openedOn, timescales.initialWorkingDays());
        this.nextContactReason = INITIAL;
        referral.programme().flatMap(programme -> ParallelSupport.offeredWith(programme.parallelSupport()))
                .ifPresent(offered -> {
                    this.support = offered;
                    this.supportDecision = SupportDecision.OFFERED;
                    this.supportWorker = victim.partnerContactWorker().orElse(null);
                });
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * His start, completion or exit: a contact is due within a few working days of it, unless one is
     * due sooner already (on the same day, the latest event is the reason given). A closed plan stays closed.
     *
     * @param event what happened, e.g. "He started the programme"
     */
    public void perpetratorEvent(String event, LocalDate on, BankHolidays holidays,
            PartnerContactTimescales timescales, Instant now) {
        if (closedOn != null) {
            return;
        }
        LocalDate due = holidays.addWorkingDays(on, timescales.eventWorkingDays());
        if (nextContactDue == null || !due.isAfter(nextContactDue)) {
            this.nextContactDue = due;
            this.nextContactReason = event;
        }
        this.updatedAt = now;
    }

    /**
     * Logs an attempt and works out the next contact: after one that reached her, the next regular
     * contact while the programme runs (on a working day), none before it starts (his start brings
     * one), and the plan closes once it has ended. A failed attempt leaves the due date as it was.
     *
     * @return true when this failed attempt is the one that must be escalated to a manager
     * @throws BusinessException if the plan is closed
     * @throws InvalidFieldException on "attemptedOn" if the attempt is before the plan was opened
     */
    public boolean record(ContactAttempt attempt, ProgrammeStage stage, BankHolidays holidays,
            PartnerContactTimescales timescales, Instant now) {
        if (closedOn != null) {
            throw new BusinessException("The partner-contact plan was closed on " + UkDate.format(closedOn)
                    + " after the programme ended.");
        }
        if (attempt.attemptedOn().isBefore(openedOn)) {
            throw new InvalidFieldException("attemptedOn", "The attempt cannot be before the plan was opened on "
                    + UkDate.format(openedOn));
        }
        attempts.add(attempt);
        this.updatedAt = now;
        if (!attempt.outcome().reachedHer()) {
            failedAttempts++;
            if (failedAttempts == timescales.failedAttemptsToEscalate()) {
                this.escalatedOn = attempt.attemptedOn();
                return true;
            }
            return false;
        }
        this.failedAttempts = 0;
        this.escalatedOn = null;
        switch (stage) {
            case RUNNING -> {
                this.nextContactDue = nextWorkingDay(attempt.attemptedOn().plusDays(timescales.intervalDays()),
                        holidays);
                this.nextContactReason = REGULAR;
            }
            case NOT_STARTED -> clearNextContact();
            case ENDED -> {
                clearNextContact();
                this.closedOn = attempt.attemptedOn();
            }
        }
        return false;
    }

    private void clearNextContact() {
        this.nextContactDue = null;
        this.nextContactReason = null;
    }

    private static LocalDate nextWorkingDay(LocalDate day, BankHolidays holidays) {
        LocalDate result = day;
        while (!holidays.isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /**
     * Records whether she accepted or declined the support offered, and who supports her. She may
     * decline after accepting (and accept again): the latest decision stands.
     *
     * @param worker null to keep the worker named
     * @throws BusinessException if no support was offered with his programme
     * @throws InvalidFieldException naming the field that is missing or wrong
     */
    public void decideSupport(SupportDecision decision, LocalDate on, String worker, LocalDate today, Instant now) {
        if (support == null) {
            throw new BusinessException(referral.programmeName() + " has no parallel support to offer her.");
        }
        if (decision == null || decision == SupportDecision.OFFERED) {
            throw new InvalidFieldException("decision", "Select whether she accepted or declined the support");
        }
        Fields.pastDate(on, today, "on", "date");
        if (on.isBefore(openedOn)) {
            throw new InvalidFieldException("on", "The date cannot be before the support was offered on "
                    + UkDate.format(openedOn));
        }
        String named = Fields.optionalText(worker, VictimFieldLengths.USERNAME, "worker");
        this.supportDecision = decision;
        this.supportDecidedOn = on;
        if (named != null) {
            this.supportWorker = named;
        }
        this.updatedAt = now;
    }

    /** Days she was reached by a contact made or a support session (not a refusal, not a failed attempt). */
    public List<LocalDate> contactsMade() {
        return attempts.stream().filter(attempt -> attempt.outcome() == ContactOutcome.MADE)
                .map(ContactAttempt::attemptedOn).toList();
    }

    /** The next contact is due before {@code today} and has not been made. */
    public boolean isOverdueOn(LocalDate today) {
        return nextContactDue != null && nextContactDue.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public VictimRecord victim() {
        return victim;
    }

    public ProgrammeReferral referral() {
        return referral;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Optional<LocalDate> nextContactDue() {
        return Optional.ofNullable(nextContactDue);
    }

    public String nextContactReason() {
        return nextContactReason;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public LocalDate escalatedOn() {
        return escalatedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Optional<ParallelSupport> support() {
        return Optional.ofNullable(support);
    }

    public SupportDecision supportDecision() {
        return supportDecision;
    }

    public LocalDate supportDecidedOn() {
        return supportDecidedOn;
    }

    public String supportWorker() {
        return supportWorker;
    }

    public List<ContactAttempt> attempts() {
        return List.copyOf(attempts);
    }
}
