package uk.org.throughline.domain.model.order;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * Postcodes as the address search compares them. "Near" an address means in the same postcode
 * sector (the outward code and the first digit of the inward code, "NN1 4" of "NN1 4AB"): a few
 * streets, a few thousand homes, without a map.
 */
public final class Postcodes {

    /** A postcode sector as typed for a search: the outward code, a space and one digit. */
    private static final Pattern SECTOR = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]");

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

    /**
     * What a search near an address may start from: a whole postcode ("NN1 4AB", as {@link #normalise})
     * or a postcode sector typed as such ("NN1 4"); null when nothing was typed. Anything wider (an
     * outward code such as "NN1") is refused: it would list a whole town's protected addresses.
     */
    public static String normaliseForSearch(String postcode, String field) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String spaced = postcode.strip().replaceAll("\\s+", " ").toUpperCase(Locale.UK);
        if (SECTOR.matcher(spaced).matches()) {
            return spaced;
        }
        if (spaced.replace(" ", "").length() < 5) {
            throw new InvalidFieldException(field, "Enter a postcode, or at least its sector such as NN1 4");
        }
        return normalise(postcode, field);
    }

    /** "NN1 4" for "NN1 4AB", or for the sector "NN1 4" itself: the sector of a normalised postcode. */
    public static String sector(String normalisedPostcode) {
        return SECTOR.matcher(normalisedPostcode).matches() ? normalisedPostcode
                : normalisedPostcode.substring(0, normalisedPostcode.length() - 2);
    }
}
