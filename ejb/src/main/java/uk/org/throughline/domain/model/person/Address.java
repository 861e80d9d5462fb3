package uk.org.throughline.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * Where a person lived from one date to another; an address with no end date is where they live now.
 * Part of the person (replaced on each edit), so it has no version of its own.
 */
@Entity
@Table(name = "person_address")
public class Address {

    private static final String FIELD = "addresses";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "line1", length = FieldLengths.ADDRESS_LINE, nullable = false)
    private String line1;

    @Column(name = "line2", length = FieldLengths.ADDRESS_LINE)
    private String line2;

    @Column(name = "town", length = FieldLengths.TOWN, nullable = false)
    private String town;

    @Column(name = "postcode", length = FieldLengths.POSTCODE)
    private String postcode;

    @Column(name = "date_from", nullable = false)
    private LocalDate fromDate;

    @Column(name = "date_to")
    private LocalDate toDate;

    protected Address() {
        // for JPA
    }

    /**
     * @throws InvalidFieldException on "addresses" if the first line, town or start date is missing,
     *                               or the address ends before it starts
     */
    public Address(String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {
        this.line1 = requiredText(line1, FieldLengths.ADDRESS_LINE, "Enter the first line of the address");
        this.line2 = optionalText(line2, FieldLengths.ADDRESS_LINE);
        this.town = requiredText(town, FieldLengths.TOWN, "Enter the town");
        this.postcode = postcode == null || postcode.isBlank() ? null : normalisePostcode(postcode);
        if (from == null) {
            throw new InvalidFieldException(FIELD, "Enter the date the person started living at " + this.line1);
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidFieldException(FIELD, "The address " + this.line1 + " cannot end (" + to
                    + ") before the person started living there (" + from + ")");
        }
        this.fromDate = from;
        this.toDate = to;
    }

    /** A copy for another person, used when a duplicate record is merged into its survivor. */
    Address copy() {
        return new Address(line1, line2, town, postcode, fromDate, toDate);
    }

    /** The same address over the same dates, so a merge does not list it twice. */
    boolean sameAs(Address other) {
        return line1.equalsIgnoreCase(other.line1) && town.equalsIgnoreCase(other.town)
                && Objects.equals(postcode, other.postcode) && fromDate.equals(other.fromDate)
                && Objects.equals(toDate, other.toDate);
    }

    void belongTo(Person owner) {
        this.person = owner;
    }

    /** Lived there on that day: started on or before it and had not left before it. */
    public boolean isCurrentOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }

    /** "NN1 1AA" however it was typed ("nn11aa", "NN1  1AA"): the inward code is always the last three. */
    static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.length() < 5 || compact.length() > 7) {
            throw new InvalidFieldException(FIELD, "Postcode must be a UK postcode such as NN1 1AA");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String requiredText(String text, int maxLength, String messageIfMissing) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(FIELD, messageIfMissing);
        }
        return optionalText(text, maxLength);
    }

    private static String optionalText(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidFieldException(FIELD, "Address lines are at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public LocalDate from() {
        return fromDate;
    }

    /** Null while the person still lives there. */
    public LocalDate to() {
        return toDate;
    }
}
