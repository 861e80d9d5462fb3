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
import java.time.LocalDate;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;

/**
 * One term of an order: no contact, no approach within so many metres, an exclusion zone or
 * address, occupation terms, a positive requirement. A variation that removes it dates it rather
 * than deleting it, so breaches recorded against it still say what was breached. Its kind and distance
 * are for everyone; the wording police typed (an exclusion zone's streets, who he must not contact)
 * and an excluded address that is hers are not for perpetrator-facing readers, unless police marked the
 * wording shareable ({@link PoliceText}).
 */
@Entity
@Table(name = "order_condition")
public class OrderCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private CivilOrder order;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private ConditionKind kind;

    @Column(name = "detail", length = OrderFieldLengths.DETAIL)
    private String detail;

    @Column(name = "wording_shareable", nullable = false)
    private boolean wordingShareable;

    @Column(name = "metres")
    private Integer metres;

    @Column(name = "address_line", length = OrderFieldLengths.ADDRESS_LINE)
    private String addressLine;

    @Column(name = "town", length = OrderFieldLengths.TOWN)
    private String town;

    @Column(name = "postcode", length = OrderFieldLengths.POSTCODE)
    private String postcode;

    @Column(name = "victims_address", nullable = false)
    private boolean victimsAddress;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    protected OrderCondition() {
        // for JPA
    }

    /**
     * @param field the condition as the form names it, e.g. "conditions[1]", for messages on its parts
     * @throws InvalidFieldException when the kind's details are missing
     */
    public OrderCondition(ConditionKind kind, PoliceText detail, Integer metres, String addressLine, String town,
            String postcode, boolean victimsAddress, String field) {
        this.kind = Fields.required(kind, field + ".kind", "Select the kind of condition");
        boolean detailRequired = kind != ConditionKind.NO_CONTACT && kind != ConditionKind.NO_APPROACH
                && kind != ConditionKind.EXCLUSION_ADDRESS;
        this.detail = detailRequired
                ? Fields.requiredText(detail.text(), OrderFieldLengths.DETAIL, field + ".detail", detailMessage(kind))
                : Fields.optionalText(detail.text(), OrderFieldLengths.DETAIL, field + ".detail");
        this.wordingShareable = detail.shareable();
        if (kind == ConditionKind.NO_APPROACH) {
            if (metres == null || metres <= 0) {
                throw new InvalidFieldException(field + ".metres", "Enter the distance in metres the respondent must keep away");
            }
            this.metres = metres;
        }
        if (kind == ConditionKind.EXCLUSION_ADDRESS) {
            this.addressLine = Fields.requiredText(addressLine, OrderFieldLengths.ADDRESS_LINE, field + ".addressLine",
                    "Enter the first line of the excluded address");
            this.town = Fields.requiredText(town, OrderFieldLengths.TOWN, field + ".town", "Enter the town of the excluded address");
            this.postcode = Postcodes.normalise(postcode, field + ".postcode");
            this.victimsAddress = victimsAddress;
        }
    }

    private static String detailMessage(ConditionKind kind) {
        return switch (kind) {
            case EXCLUSION_ZONE -> "Describe the exclusion zone, for example the streets that bound it";
            case OCCUPATION_TERMS -> "Enter the occupation terms, for example who may live in the home";
            case POSITIVE_REQUIREMENT -> "Enter the requirement, for example electronic monitoring";
            default -> "Enter what the condition forbids";
        };
    }

    void attachTo(CivilOrder owner, int at, LocalDate on) {
        this.order = owner;
        this.position = at;
        this.addedOn = on;
    }

    void remove(LocalDate on) {
        this.removedOn = on;
    }

    /** In the order on that day: added on or before it and not yet removed. */
    public boolean isActiveOn(LocalDate day) {
        return !addedOn.isAfter(day) && (removedOn == null || removedOn.isAfter(day));
    }

    /**
     * "No approach within 100 metres", "Exclusion from an address: 4 Elm Road, Northampton NN1 4AB",
     * "No contact — Not to contact Kerry", as {@code reader} may read it: a perpetrator-facing reader gets
     * neither her address nor wording police did not mark shareable.
     */
    public String describeFor(Reader reader) {
        String text = switch (kind) {
            case NO_APPROACH -> "No approach within " + metres + " metres";
            case EXCLUSION_ADDRESS -> kind.label() + ": " + (isAddressWithheldFrom(reader)
                    ? "a protected person's address (withheld)"
                    : addressLine + ", " + town + (postcode == null ? "" : " " + postcode));
            default -> kind.label();
        };
        return detail == null ? text : text + " — " + detail().readBy(reader);
    }

    /** The excluded address is where a protected person lives and the reader is perpetrator-facing. */
    public boolean isAddressWithheldFrom(Reader reader) {
        return victimsAddress && reader == Reader.PERPETRATOR_FACING;
    }

    public Long id() {
        return id;
    }

    public ConditionKind kind() {
        return kind;
    }

    public PoliceText detail() {
        return new PoliceText(detail, wordingShareable);
    }

    public Integer metres() {
        return metres;
    }

    public String addressLine() {
        return addressLine;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public boolean victimsAddress() {
        return victimsAddress;
    }

    public LocalDate addedOn() {
        return addedOn;
    }

    public LocalDate removedOn() {
        return removedOn;
    }
}
