package uk.org.throughline.domain.model.order;

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
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;

/**
 * A breach of an order while it was in force: when, which condition, what happened, who reported
 * it, what police did and how it ended. The durable record of the event: alerts to the victim's
 * partner-contact worker and the respondent's case workers are raised from it. The account (what
 * happened, who reported it) is about her, so it reaches offender managers only when police marked it
 * shareable ({@link PoliceText}); what police did and how it ended is for them.
 */
@Entity
@Table(name = "order_breach")
public class OrderBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private CivilOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "condition_id", nullable = false)
    private OrderCondition condition;

    @Column(name = "what_happened", length = OrderFieldLengths.WHAT_HAPPENED, nullable = false)
    private String whatHappened;

    @Column(name = "reported_by", length = OrderFieldLengths.REPORTED_BY, nullable = false)
    private String reportedBy;

    @Column(name = "account_shareable", nullable = false)
    private boolean accountShareable;

    @Enumerated(EnumType.STRING)
    @Column(name = "police_action", length = 30, nullable = false)
    private PoliceAction policeAction;

    @Column(name = "action_detail", length = OrderFieldLengths.REASON)
    private String actionDetail;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 20)
    private BreachRoute route;

    @Column(name = "outcome", length = OrderFieldLengths.REASON)
    private String outcome;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "recorded_by", length = OrderFieldLengths.USERNAME, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrderBreach() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field at fault, e.g. a time outside the order's in-force period */
    public OrderBreach(CivilOrder order, BreachDetails details, String by, Instant now) {
        this.order = order;
        order.requireInForceAt(details.occurredAt(), now);
        this.occurredAt = details.occurredAt();
        Long conditionId = Fields.required(details.conditionId(), "conditionId", "Select the condition breached");
        LocalDate day = UkDate.dayOf(occurredAt);
        this.condition = order.condition(conditionId)
                .orElseThrow(() -> new InvalidFieldException("conditionId", "Select one of this order's conditions"));
        if (!condition.isActiveOn(day)) {
            throw new InvalidFieldException("conditionId", "That condition was not part of the order on "
                    + UkDate.format(day));
        }
        this.whatHappened = Fields.requiredText(details.whatHappened(), OrderFieldLengths.WHAT_HAPPENED, "whatHappened",
                "Say what happened");
        this.reportedBy = Fields.requiredText(details.reportedBy(), OrderFieldLengths.REPORTED_BY, "reportedBy",
                "Say who reported the breach");
        this.accountShareable = details.accountShareable();
        this.policeAction = Fields.required(details.policeAction(), "policeAction", "Select what police did");
        this.actionDetail = policeAction.needsDetail()
                ? Fields.requiredText(details.actionDetail(), OrderFieldLengths.REASON, "actionDetail",
                        policeAction == PoliceAction.NO_ACTION ? "Say why no action was taken"
                                : "Name the offence, for example " + order.type().breachStatute())
                : Fields.optionalText(details.actionDetail(), OrderFieldLengths.REASON, "actionDetail");
        this.route = checkedRoute(order.type(), details.route());
        this.outcome = Fields.optionalText(details.outcome(), OrderFieldLengths.REASON, "outcome");
        this.incidentId = details.incidentId();
        this.recordedBy = by;
        this.recordedAt = now;
        this.updatedAt = now;
    }

    /** Offence or contempt, never both: asked only where the law gives the choice. */
    private BreachRoute checkedRoute(OrderType type, BreachRoute chosen) {
        if (!type.contemptAlternative()) {
            if (chosen != null) {
                throw new InvalidFieldException("route", "A breach of a " + type.name().toLowerCase()
                        + " has one route only: leave the route empty");
            }
            return null;
        }
        if (chosen == null && (policeAction == PoliceAction.CHARGED || policeAction == PoliceAction.SUMMONSED)) {
            throw new InvalidFieldException("route", "Say whether the breach is taken as the offence or as contempt");
        }
        if (chosen == BreachRoute.CONTEMPT && (policeAction == PoliceAction.CHARGED || policeAction == PoliceAction.SUMMONSED)) {
            throw new InvalidFieldException("route", "A breach taken as contempt is not charged as the offence as well");
        }
        return chosen;
    }

    /** How the breach ended: the court's result, or what followed police action. */
    public void recordOutcome(String newOutcome, Instant now) {
        this.outcome = Fields.requiredText(newOutcome, OrderFieldLengths.REASON, "outcome", "Enter the outcome");
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public CivilOrder order() {
        return order;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public OrderCondition condition() {
        return condition;
    }

    public PoliceText whatHappened() {
        return new PoliceText(whatHappened, accountShareable);
    }

    public PoliceText reportedBy() {
        return new PoliceText(reportedBy, accountShareable);
    }

    public PoliceAction policeAction() {
        return policeAction;
    }

    public String actionDetail() {
        return actionDetail;
    }

    public BreachRoute route() {
        return route;
    }

    public String outcome() {
        return outcome;
    }

    public Long incidentId() {
        return incidentId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
