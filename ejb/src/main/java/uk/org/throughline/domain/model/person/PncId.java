package uk.org.throughline.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * A Police National Computer ID, e.g. 2019/0012345A: year the record was created, serial number and
 * a check letter. Accepted as typed (two- or four-digit year, serial with or without leading zeros)
 * and always held in the four-digit form with a seven-digit serial, so one person has one spelling.
 */
@Embeddable
public class PncId implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The PNC check-letter alphabet: the remainder mod 23 indexes into it (I, O and S are not used). */
    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})([A-Z])");
    public static final int LENGTH = 13;

    @Column(name = "pnc_id", length = LENGTH)
    private String value;

    protected PncId() {
        // for JPA
    }

    private PncId(String value) {
        this.value = value;
    }

    /**
     * Reads a PNC ID as a user typed it; a two-digit year is read as this century unless that would be
     * after {@code today}.
     *
     * @throws InvalidFieldException on field "pncId" if the format or check letter is wrong
     */
    public static PncId parse(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = FORMAT.matcher(typed);
        if (!matcher.matches()) {
            throw new InvalidFieldException("pncId",
                    "PNC ID must look like 2019/1234567A (year / serial number and check letter)");
        }
        String year = matcher.group(1);
        String twoDigitYear = year.substring(year.length() - 2);
        String fourDigitYear = year.length() == 4 ? year : String.valueOf(fullYear(Integer.parseInt(year), today));
        String serial = String.format("%07d", Integer.parseInt(matcher.group(2)));
        char expected = checkLetter(twoDigitYear, serial);
        if (matcher.group(3).charAt(0) != expected) {
            throw new InvalidFieldException("pncId", "PNC ID " + typed + " is not valid: the check letter does not "
                    + "match the year and serial number. Check it against the PNC printout.");
        }
        return new PncId(fourDigitYear + "/" + serial + expected);
    }

    /** The ID of a record created in that year with that serial number, with its check letter worked out. */
    public static PncId of(int year, int serial) {
        if (year < 1900 || year > 9999 || serial < 0 || serial > 9_999_999) {
            throw new IllegalArgumentException("No PNC ID has year " + year + " and serial " + serial);
        }
        String sevenDigitSerial = String.format("%07d", serial);
        return new PncId(year + "/" + sevenDigitSerial + checkLetter(String.format("%02d", year % 100),
                sevenDigitSerial));
    }

    /** Parses the ID if one was entered; null for a blank field (most people have no PNC record). */
    public static PncId parseOptional(String text, LocalDate today) {
        return text == null || text.isBlank() ? null : parse(text, today);
    }

    /** A two-digit year is this century unless that would be in the future: 19 is 2019, 85 is 1985. */
    private static int fullYear(int twoDigitYear, LocalDate today) {
        int thisCentury = 2000 + twoDigitYear;
        return thisCentury <= today.getYear() ? thisCentury : thisCentury - 100;
    }

    /** The check letter for a two-digit year and seven-digit serial, taken together as one number. */
    static char checkLetter(String twoDigitYear, String sevenDigitSerial) {
        long number = Long.parseLong(twoDigitYear + sevenDigitSerial);
        return CHECK_LETTERS.charAt((int) (number % CHECK_LETTERS.length()));
    }

    /** The normalised form, e.g. 2019/0012345A. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PncId pncId && Objects.equals(value, pncId.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
