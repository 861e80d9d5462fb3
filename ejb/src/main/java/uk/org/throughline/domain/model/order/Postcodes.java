package uk.org.throughline.domain.model.order;

import java.util.Locale;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * Postcodes as the address search compares them. "Near" an address means in the same postcode
 * sector (the outward code and the first digit of the inward code, "NN1 4" of "NN1 4AB"): a few
 * streets, a few thousand homes, without a map.
 */
public final class Postcodes {

    private Postcodes() {
    }

    /** "NN1 4AB" however it was typed ("nn14ab", "NN1  4AB"), or null when nothing was typed. */
    public static String normalise(String postcode, String field) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.length() < 5 || compact.length() > 7 || !compact.matches("[A-Z0-9]+")) {
            throw new InvalidFieldException(field, "Enter a UK postcode such as NN1 1AA");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** "NN1 4" for "NN1 4AB": the sector of a normalised postcode. */
    public static String sector(String normalisedPostcode) {
        return normalisedPostcode.substring(0, normalisedPostcode.length() - 2);
    }
}
