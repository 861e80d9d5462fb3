package uk.org.throughline.domain.model.order;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A protective order against one respondent: whom it protects, its conditions, its dates and what
 * happened to it since (service, variations, extensions, discharge). Its status is derived from
 * those, never stored, so an order expires on its own.
 */
@Entity
@Table(name = "civil_order")
public class CivilOrder {

    /** A notice's hearing deadline this close is a warning, not just a date. */
    public static final Duration HEARING_WARNING = Duration.ofHours(12);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(UkDate.LONDON);

    private static final DateTimeFormatter WEEKDAY_DATE_TIME = DateTimeFormatter
            .ofPattern("EEEE dd/MM/uuuu HH:mm", Locale.UK).withZone(UkDate.LONDON);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "order_type", nullable = false)
    private OrderType type;

    @Column(name = "respondent_id", nullable = false)
    private long respondentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant", length = 30, nullable = false)
    private Applicant applicant;

    @Column(name = "court", length = OrderFieldLengths.COURT)
    private String court;

    @Column(name = "case_number", length = OrderFieldLengths.CASE_NUMBER)
    private String caseNumber;

    @Column(name = "court_case_id")
    private Long courtCaseId;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "served_at")
    private Instant servedAt;

    /** For a served notice: when the full-order hearing must begin, fixed at service by {@link HearingDeadline}. */
    @Column(name = "hearing_deadline")
    private Instant hearingDeadline;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_disregarded_day", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("date")
    private List<DisregardedDay> disregardedDays = new ArrayList<>();

    /** For a notice whose hearing began in time and was adjourned: when the adjourned hearing is listed. */
    @Column(name = "adjourned_to")
    private Instant adjournedTo;

    /** For a full order made at the hearing a notice required: that notice. */
    @Column(name = "follows_notice_id")
    private Long followsNoticeId;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "duration_reason", length = OrderFieldLengths.REASON)
    private String durationReason;

    @Column(name = "power_of_arrest", nullable = false)
    private boolean powerOfArrest;

    @Column(name = "discharged_on")
    private LocalDate dischargedOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_protected_person", joinColumns = @JoinColumn(name = "order_id"))
    private List<ProtectedPerson> protectedPersons = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<OrderCondition> conditions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_change", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderChange> history = new ArrayList<>();

    @Column(name = "created_by", length = OrderFieldLengths.USERNAME, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CivilOrder() {
        // for JPA
    }

    /**
     * @param respondentBornOn the respondent's date of birth, null if unknown (then no age rule can be checked)
     * @throws InvalidFieldException naming the field at fault
     */
    public CivilOrder(OrderType type, long respondentId, LocalDate respondentBornOn, OrderTerms terms,
            LocalDate today, String by, Instant now) {
        this.type = Fields.required(type, "orderType", "Select the type of order");
        this.respondentId = respondentId;
        this.applicant = Fields.required(terms.applicant(), "applicant", "Select who applied for the order");
        this.madeOn = Fields.pastDate(terms.madeOn(), today, "madeOn", "date the order was made");
        checkRespondentAge(respondentBornOn);
        this.court = type.isNotice() ? Fields.optionalText(terms.court(), OrderFieldLengths.COURT, "court")
                : Fields.requiredText(terms.court(), OrderFieldLengths.COURT, "court", "Enter the court that made the order");
        this.caseNumber = Fields.optionalText(terms.caseNumber(), OrderFieldLengths.CASE_NUMBER, "caseNumber");
        if (terms.courtCaseId() != null && !type.isRestraining()) {
            throw new InvalidFieldException("courtCaseId", "Only a restraining order is made at the end of a court case");
        }
        this.courtCaseId = terms.courtCaseId();
        this.durationReason = Fields.optionalText(terms.durationReason(), OrderFieldLengths.REASON, "durationReason");
        type.checkDuration(madeOn, terms.expiresOn());
        this.expiresOn = terms.expiresOn();
        if (terms.powerOfArrest() && !type.powerOfArrestAttachable()) {
            throw new InvalidFieldException("powerOfArrest", "A power of arrest cannot be attached to a "
                    + type.name().toLowerCase());
        }
        this.powerOfArrest = terms.powerOfArrest();
        addProtectedPersons(terms.protectedPersons());
        if (terms.conditions().isEmpty()) {
            throw new InvalidFieldException("conditions", "Add at least one condition of the order");
        }
        terms.conditions().forEach(condition -> addCondition(condition, madeOn));
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private void checkRespondentAge(LocalDate bornOn) {
        Integer minimumAge = type.minimumRespondentAge();
        if (minimumAge != null && bornOn != null && Period.between(bornOn, madeOn).getYears() < minimumAge) {
            throw new InvalidFieldException("respondentId", "A " + type.name().toLowerCase()
                    + " can only be made against someone aged " + minimumAge + " or over");
        }
    }

    private void addProtectedPersons(List<ProtectedPerson> people) {
        if (people.isEmpty()) {
            throw new InvalidFieldException("protectedPersons", "Add at least one protected person");
        }
        Set<Long> seen = new HashSet<>();
        for (ProtectedPerson person : people) {
            Fields.required(person.role(), "protectedPersons", "Say whether each protected person is a victim or a child");
            if (person.personId() == respondentId) {
                throw new InvalidFieldException("protectedPersons", "The respondent cannot be protected by his own order");
            }
            if (!seen.add(person.personId())) {
                throw new InvalidFieldException("protectedPersons", "Each protected person is listed once");
            }
            protectedPersons.add(person);
        }
    }

    private void addCondition(OrderCondition condition, LocalDate on) {
        if (condition.kind() == ConditionKind.POSITIVE_REQUIREMENT && !type.positiveRequirements()) {
            throw new InvalidFieldException("conditions", "A " + type.name().toLowerCase()
                    + " has no positive requirements: only a DAPO or a stalking or sexual harm order does");
        }
        condition.attachTo(this, conditions.size(), on);
        conditions.add(condition);
    }

    /**
     * The order was handed to (or otherwise brought to the notice of) the respondent; it binds him from
     * then. A notice's hearing deadline is fixed now, by the statutory clock ({@link HearingDeadline}).
     *
     * @param holidays the England and Wales bank holidays the notice's 48 hours disregard
     */
    public void serve(Instant at, BankHolidays holidays, String by, Instant now) {
        requireNotEnded("record service", now);
        if (servedAt != null) {
            throw new BusinessException("The order was already served on " + DATE_TIME.format(servedAt));
        }
        Fields.pastInstant(at, now, "servedAt", "time the order was served");
        if (UkDate.dayOf(at).isBefore(madeOn)) {
            throw new InvalidFieldException("servedAt", "The order cannot be served before it was made ("
                    + UkDate.format(madeOn) + ")");
        }
        this.servedAt = at;
        String served = "Served at " + DATE_TIME.format(at);
        if (type.isNotice()) {
            HearingDeadline deadline = HearingDeadline.after(at, type.hearingWithinHours(), holidays);
            this.hearingDeadline = deadline.at();
            this.disregardedDays.addAll(deadline.skipped());
            served += "; " + deadlineText();
        }
        record(OrderChangeKind.SERVED, UkDate.dayOf(at), PoliceText.shareable(served), by, now);
    }

    /**
     * For a served notice: "Deadline Monday 07/12/2026 18:00 — Sunday 06/12/2026 not counted (Crime and
     * Security Act 2010 s.27)", the days left out of the 48 hours named; else empty.
     */
    public String deadlineText() {
        if (hearingDeadline == null) {
            return "";
        }
        String deadline = "Deadline " + WEEKDAY_DATE_TIME.format(hearingDeadline);
        return (disregardedDays.isEmpty() ? deadline : deadline + " — " + skippedDaysText())
                + " (" + type.hearingRule() + ")";
    }

    /** "Sunday 06/12/2026 not counted", "Friday 25/12/2026 (Christmas Day), Sunday 27/12/2026 ... not counted", or "". */
    public String skippedDaysText() {
        return disregardedDays.isEmpty() ? ""
                : disregardedDays.stream().map(DisregardedDay::describe).collect(Collectors.joining(", "))
                        + " not counted";
    }

    /**
     * The notice's hearing began in time (by its deadline, or on the day an earlier adjournment was
     * listed for) and the court adjourned it: the notice continues in force until the application is
     * decided (Crime and Security Act 2010 s.27; Domestic Abuse Act 2021 s.29(7)), however long after
     * its 48 hours that is.
     *
     * @param satOn      the day the hearing sat and was adjourned
     * @param adjournTo  when the adjourned hearing is listed, a later day
     * @throws InvalidFieldException on "adjournedOn", "adjournedTo" or "reason"
     */
    public void adjournHearing(LocalDate satOn, Instant adjournTo, String reason, String by, Instant now) {
        if (!type.isNotice()) {
            throw new BusinessException("Only a notice's hearing is adjourned with the notice kept in force: record a "
                    + "full order's variation or extension instead.");
        }
        if (servedAt == null) {
            throw new BusinessException("The notice has not been served, so no hearing is due: record its service first.");
        }
        if (dischargedOn != null) {
            throw new BusinessException("The notice is discharged, so its hearing cannot be adjourned.");
        }
        LocalDate day = changeDate(satOn, now, "adjournedOn", "date the hearing sat");
        Instant dueBy = hearingDueBy();
        if (!hearingCouldSitOn(day)) {
            throw new InvalidFieldException("adjournedOn", "The hearing had to begin between service ("
                    + DATE_TIME.format(servedAt) + ") and " + DATE_TIME.format(dueBy)
                    + ": a hearing on " + UkDate.format(day) + " cannot keep the notice in force");
        }
        Fields.required(adjournTo, "adjournedTo", "Enter the date and time the hearing was adjourned to");
        if (!UkDate.dayOf(adjournTo).isAfter(day)) {
            throw new InvalidFieldException("adjournedTo", "The hearing is adjourned to a later day than it sat ("
                    + UkDate.format(day) + ")");
        }
        String checkedReason = Fields.requiredText(reason, OrderFieldLengths.REASON, "reason",
                "Say why the hearing was adjourned");
        this.adjournedTo = adjournTo;
        record(OrderChangeKind.ADJOURNED, day, PoliceText.shareable("Hearing adjourned to " + DATE_TIME.format(adjournTo)
                + ": " + checkedReason + ". The notice continues in force until the application is decided ("
                + type.hearingRule() + ")"), by, now);
    }

    /**
     * This full order was made at the hearing the notice required: it records the notice, and the
     * notice ends on the day the order was made. The order must be the kind that follows that notice
     * (a DVPO a DVPN, a DAPO a DAPN), against the same respondent, made while the notice stood: not
     * before it was served, nor after its hearing was due unless the hearing was adjourned to that day.
     *
     * @throws InvalidFieldException on "followsNoticeId" or "madeOn"
     */
    public void follow(CivilOrder notice, String by, Instant now) {
        if (!type.follows(notice.type)) {
            throw new InvalidFieldException("followsNoticeId", "A " + type.name().toLowerCase() + " cannot follow a "
                    + notice.type.name().toLowerCase());
        }
        if (notice.respondentId != respondentId) {
            throw new InvalidFieldException("followsNoticeId", "The notice was given to a different respondent");
        }
        if (notice.servedAt == null || notice.dischargedOn != null) {
            throw new InvalidFieldException("followsNoticeId", notice.servedAt == null
                    ? "The notice was never served, so no hearing followed it"
                    : "The notice was discharged on " + UkDate.format(notice.dischargedOn) + ": its hearing is decided");
        }
        Instant dueBy = notice.hearingDueBy();
        if (!notice.hearingCouldSitOn(madeOn)) {
            throw new InvalidFieldException("madeOn", "The notice's hearing was due by " + DATE_TIME.format(dueBy)
                    + ": an order made on " + UkDate.format(madeOn) + " cannot follow it");
        }
        this.followsNoticeId = notice.id;
        notice.dischargedOn = madeOn;
        notice.record(OrderChangeKind.DISCHARGED, madeOn, PoliceText.shareable("The court made the "
                + type.name().toLowerCase() + " on " + UkDate.format(madeOn) + ", which replaces the notice"), by, now);
    }

    /** When the notice's hearing must begin: the adjourned hearing once adjourned, else its deadline. */
    /** Whether a served notice's hearing could sit on the day: from the day of service to the day it was due by. */
    private boolean hearingCouldSitOn(LocalDate day) {
        return !day.isBefore(UkDate.dayOf(servedAt)) && !day.isAfter(UkDate.dayOf(hearingDueBy()));
    }

    private Instant hearingDueBy() {
        return adjournedTo == null ? hearingDeadline : adjournedTo;
    }

    /**
     * The court varied the order: conditions added, conditions removed (dated, kept for the breaches
     * that name them), and what the court said, shareable with offender managers or not.
     */
    public void vary(LocalDate on, PoliceText description, List<OrderCondition> added, List<Long> removedConditionIds,
            String by, Instant now) {
        requireNotEnded("vary it", now);
        LocalDate day = changeDate(on, now, "variedOn", "date of the variation");
        String checkedDescription = Fields.requiredText(description.text(), OrderFieldLengths.REASON, "description",
                "Say what the court varied");
        for (Long conditionId : removedConditionIds) {
            OrderCondition condition = condition(conditionId)
                    .filter(found -> found.isActiveOn(day))
                    .orElseThrow(() -> new InvalidFieldException("removedConditionIds",
                            "Condition " + conditionId + " is not one of this order's current conditions"));
            condition.remove(day);
        }
        added.forEach(condition -> addCondition(condition, day));
        if (conditions.stream().noneMatch(condition -> condition.removedOn() == null)) {
            throw new InvalidFieldException("removedConditionIds",
                    "An order keeps at least one condition: discharge it instead of removing them all");
        }
        record(OrderChangeKind.VARIED, day, new PoliceText(checkedDescription, description.shareable()), by, now);
    }

    /** The court extended the order to a later expiry date; the type's duration limits still apply. */
    public void extend(LocalDate on, LocalDate newExpiry, String courtReason, String by, Instant now) {
        requireNotEnded("extend it", now);
        if (expiresOn == null) {
            throw new BusinessException(type.isNotice() ? "A notice lasts until its hearing and cannot be extended"
                    : "The order lasts until further order, so there is nothing to extend");
        }
        LocalDate day = changeDate(on, now, "extendedOn", "date of the extension");
        Fields.required(newExpiry, "expiresOn", "Enter the new expiry date");
        if (!newExpiry.isAfter(expiresOn)) {
            throw new InvalidFieldException("expiresOn", "The new expiry date must be after the current one ("
                    + UkDate.format(expiresOn) + ")");
        }
        String reason = Fields.optionalText(courtReason, OrderFieldLengths.REASON, "durationReason");
        type.checkDuration(madeOn, newExpiry);
        String was = UkDate.format(expiresOn);
        this.expiresOn = newExpiry;
        if (reason != null) {
            this.durationReason = reason;
        }
        record(OrderChangeKind.EXTENDED, day, PoliceText.shareable("Extended from " + was + " to "
                + UkDate.format(newExpiry) + (reason == null ? "" : ": " + reason)), by, now);
    }

    /** The court discharged the order (for a notice: the full-order hearing replaced it). */
    public void discharge(LocalDate on, String reason, String by, Instant now) {
        requireNotEnded("discharge it", now);
        LocalDate day = changeDate(on, now, "dischargedOn", "date of the discharge");
        String checkedReason = Fields.requiredText(reason, OrderFieldLengths.REASON, "reason",
                "Say why the order was discharged");
        this.dischargedOn = day;
        record(OrderChangeKind.DISCHARGED, day, PoliceText.shareable(checkedReason), by, now);
    }

    private LocalDate changeDate(LocalDate on, Instant now, String field, String what) {
        Fields.pastDate(on, UkDate.dayOf(now), field, what);
        if (on.isBefore(madeOn)) {
            throw new InvalidFieldException(field, "The " + what + " cannot be before the order was made ("
                    + UkDate.format(madeOn) + ")");
        }
        return on;
    }

    private void requireNotEnded(String action, Instant now) {
        OrderStatus status = statusAt(now);
        if (status == OrderStatus.DISCHARGED || status == OrderStatus.EXPIRED) {
            throw new BusinessException("The order is " + status.label().toLowerCase() + ", so you cannot " + action + ".");
        }
    }

    /**
     * @param description what happened, as offender managers may read it: service and extensions are
     *                    described here, a discharge's reason says why the order ended; a variation's
     *                    wording may place her, so police say whether it is shareable
     */
    private void record(OrderChangeKind kind, LocalDate on, PoliceText description, String by, Instant now) {
        history.add(new OrderChange(kind, on, description, by, now));
        this.updatedAt = now;
    }

    /** Discharged, then expired (a notice lapses at its hearing deadline), then awaiting service, else in force. */
    public OrderStatus statusAt(Instant now) {
        LocalDate today = UkDate.dayOf(now);
        if (dischargedOn != null && !today.isBefore(dischargedOn)) {
            return OrderStatus.DISCHARGED;
        }
        boolean lapsed = lapsesAt().map(now::isAfter).orElse(false);
        if (lapsed || expiresOn != null && today.isAfter(expiresOn)) {
            return OrderStatus.EXPIRED;
        }
        return servedAt == null ? OrderStatus.AWAITING_SERVICE : OrderStatus.IN_FORCE;
    }

    /** For a served notice: when the hearing for the full order must have started, by the statutory clock. */
    public Optional<Instant> hearingDeadline() {
        return Optional.ofNullable(hearingDeadline);
    }

    /** The notice lapses at its deadline unless its hearing began and was adjourned; then it runs until decided. */
    private Optional<Instant> lapsesAt() {
        return adjournedTo == null ? hearingDeadline() : Optional.empty();
    }

    /** A notice in force whose hearing deadline is at most {@link #HEARING_WARNING} away: say so loudly. */
    public boolean hearingDeadlineNear(Instant now) {
        return statusAt(now) == OrderStatus.IN_FORCE
                && lapsesAt().map(deadline -> !deadline.minus(HEARING_WARNING).isAfter(now)).orElse(false);
    }

    /** The first instant the order no longer binds: discharge day, the day after expiry, or a notice's deadline. */
    private Optional<Instant> endsAt() {
        List<Instant> ends = new ArrayList<>();
        if (dischargedOn != null) {
            ends.add(dischargedOn.atStartOfDay(UkDate.LONDON).toInstant());
        }
        if (expiresOn != null) {
            ends.add(expiresOn.plusDays(1).atStartOfDay(UkDate.LONDON).toInstant());
        }
        lapsesAt().ifPresent(ends::add);
        return ends.stream().min(Instant::compareTo);
    }

    /**
     * A breach can only happen while the order binds: from service until it ends.
     *
     * @throws InvalidFieldException on "occurredAt" with the period the order was in force
     */
    void requireInForceAt(Instant at, Instant now) {
        Fields.pastInstant(at, now, "occurredAt", "date and time of the breach");
        if (servedAt == null) {
            throw new InvalidFieldException("occurredAt",
                    "The order has not been served, so it cannot have been breached: record its service first");
        }
        Optional<Instant> end = endsAt();
        if (at.isBefore(servedAt) || end.map(ending -> !at.isBefore(ending)).orElse(false)) {
            throw new InvalidFieldException("occurredAt", "The order was in force from " + DATE_TIME.format(servedAt)
                    + end.map(ending -> " until " + DATE_TIME.format(ending)).orElse(" until further order")
                    + ": a breach must fall in that period");
        }
    }

    public Optional<OrderCondition> condition(long conditionId) {
        return conditions.stream().filter(condition -> condition.id() != null && condition.id() == conditionId)
                .findFirst();
    }

    /** Whether the person is protected by this order. */
    public boolean protects(long personId) {
        return protectedPersons.stream().anyMatch(person -> person.personId() == personId);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public OrderType type() {
        return type;
    }

    public long respondentId() {
        return respondentId;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String court() {
        return court;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Long courtCaseId() {
        return courtCaseId;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public Instant servedAt() {
        return servedAt;
    }

    /** The days the notice's 48 hours left out, in date order. */
    public List<DisregardedDay> disregardedDays() {
        return Collections.unmodifiableList(disregardedDays);
    }

    /** When the adjourned hearing is listed; null unless the notice's hearing was adjourned. */
    public Instant adjournedTo() {
        return adjournedTo;
    }

    public Long followsNoticeId() {
        return followsNoticeId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String durationReason() {
        return durationReason;
    }

    public boolean powerOfArrest() {
        return powerOfArrest;
    }

    public LocalDate dischargedOn() {
        return dischargedOn;
    }

    public List<ProtectedPerson> protectedPersons() {
        return Collections.unmodifiableList(protectedPersons);
    }

    public List<OrderCondition> conditions() {
        return Collections.unmodifiableList(conditions);
    }

    public List<OrderChange> history() {
        return Collections.unmodifiableList(history);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
