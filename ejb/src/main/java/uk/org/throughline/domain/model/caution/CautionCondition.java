package uk.org.throughline.domain.model.caution;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.UkDate;

/**
 * One condition of a conditional caution with its own compliance status. Part of the caution, which
 * carries the version and decides what a change of status means for the caution as a whole.
 */
@Entity
@Table(name = "caution_condition")
public class CautionCondition {

    private static final String FIELD = "conditions";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caution_id", nullable = false)
    private ConditionalCaution caution;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_type", length = 20, nullable = false)
    private ConditionType type;

    @Column(name = "description", length = PoliceFieldLengths.CONDITION, nullable = false)
    private String description;

    @Column(name = "wording_shareable", nullable = false)
    private boolean wordingShareable;

    @Column(name = "programme_name", length = PoliceFieldLengths.PROGRAMME)
    private String programmeName;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "amount", precision = 9, scale = 2)
    private BigDecimal amount;

    /** Unpaid work or attendance at a specified place: non-rehabilitative, capped in total per caution. */
    @Column(name = "hours")
    private Integer hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ComplianceStatus status;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "status_note", length = PoliceFieldLengths.REASON)
    private String statusNote;

    @Column(name = "status_note_shareable", nullable = false)
    private boolean statusNoteShareable;

    protected CautionCondition() {
        // for JPA
    }

    CautionCondition(ConditionalCaution caution, ConditionTerms terms) {
        this.caution = caution;
        this.type = Fields.required(terms.type(), FIELD, "Select the type of each condition");
        this.wordingShareable = terms.description().shareable();
        this.description = Fields.requiredText(terms.description().text(), PoliceFieldLengths.CONDITION, FIELD,
                "Enter what each condition requires");
        switch (type) {
            case REHABILITATIVE -> this.programmeName = Fields.requiredText(terms.programmeName(), PoliceFieldLengths.PROGRAMME, FIELD,
                    "Name the programme the condition \"" + description + "\" requires attending");
            case RESTRICTIVE -> setDates(terms, caution.cautionedOn(), caution.complianceDeadline());
            case FINANCIAL_PENALTY -> setAmount(terms.amount());
            case UNPAID_WORK, ATTENDANCE -> setHours(terms.hours());
        }
        this.status = ComplianceStatus.ACTIVE;
    }

    /** Ends by the deadline: a condition still running after it would keep the caution from being complied with. */
    private void setDates(ConditionTerms terms, LocalDate cautionedOn, LocalDate complianceDeadline) {
        this.startsOn = Fields.required(terms.startsOn(), FIELD, "Enter the date \"" + description + "\" starts");
        this.endsOn = Fields.required(terms.endsOn(), FIELD, "Enter the date \"" + description + "\" ends");
        if (startsOn.isBefore(cautionedOn) || endsOn.isBefore(startsOn)) {
            throw new InvalidFieldException(FIELD, "\"" + description
                    + "\" must start on or after the caution and end on or after it starts");
        }
        if (endsOn.isAfter(complianceDeadline)) {
            throw new InvalidFieldException(FIELD, "\"" + description + "\" must end by the compliance deadline, "
                    + UkDate.format(complianceDeadline) + ": set its end date no later, or a later deadline");
        }
    }

    private void setAmount(BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.scale() > 2) {
            throw new InvalidFieldException(FIELD, "Enter the penalty for \"" + description
                    + "\" in pounds and pence, more than \u00a30");
        }
        this.amount = value;
    }

    private void setHours(Integer value) {
        if (value == null || value <= 0) {
            throw new InvalidFieldException(FIELD, "Enter the hours of \"" + description + "\", a whole number of 1 or more");
        }
        this.hours = value;
    }

    /** @throws uk.org.throughline.domain.shared.BusinessException naming the condition and its status */
    void requireCanBecome(ComplianceStatus next) {
        status.requireCanBecome(next, "The condition \"" + description + "\"");
    }

    void changeStatus(ComplianceStatus next, LocalDate on, PoliceText note) {
        requireCanBecome(next);
        this.status = next;
        this.statusChangedOn = on;
        this.statusNote = note.text();
        this.statusNoteShareable = note.shareable();
    }

    public Long id() {
        return id;
    }

    public ConditionType type() {
        return type;
    }

    /** The condition as worded, which may name her or her street: see {@link PoliceText}. */
    public PoliceText description() {
        return new PoliceText(description, wordingShareable);
    }

    public String programmeName() {
        return programmeName;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** Null unless unpaid work or attendance. */
    public Integer hours() {
        return hours;
    }

    public ComplianceStatus status() {
        return status;
    }

    public LocalDate statusChangedOn() {
        return statusChangedOn;
    }

    /** Why it failed or was withdrawn: police's note, or the programme's when a referral changed it. */
    public PoliceText statusNote() {
        return new PoliceText(statusNote, statusNoteShareable);
    }
}
