package uk.org.throughline.domain.model.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns names as typed into the form used for matching: upper case A–Z only, accents removed
 * (Zoë → ZOE, Siân → SIAN), apostrophes dropped (O'Brien → OBRIEN) and hyphens and spaces treated
 * as separators between parts (Smith-Jones → SMITH, JONES, joined SMITHJONES). Officers type names
 * from paperwork, custody screens and speech, so punctuation and accents must never decide a match.
 */
public final class NameNormaliser {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`\u00B4]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]");
    /** Letters Unicode does not decompose into a plain letter plus accent, common in names seen here. */
    private static final Map<String, String> UNDECOMPOSED = Map.of(
            "\u0141", "L", "\u00D8", "O", "\u00C6", "AE", "\u0152", "OE", "\u0110", "D", "\u00D0", "D",
            "\u00DE", "TH");

    private NameNormaliser() {
    }

    /**
     * The separate parts of a name, each normalised; empty parts (stray punctuation) are dropped.
     * Ł, Ø, Æ, Œ, Đ and Þ become their usual English spellings; any other character is dropped.
     */
    public static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        if (name == null) {
            return parts;
        }
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String withoutApostrophes = APOSTROPHES.matcher(withoutMarks).replaceAll("");
        for (String raw : SEPARATORS.split(withoutApostrophes.toUpperCase(Locale.ROOT))) {
            String part = raw;
            for (Map.Entry<String, String> letter : UNDECOMPOSED.entrySet()) {
                part = part.replace(letter.getKey(), letter.getValue());
            }
            part = NOT_LETTERS.matcher(part).replaceAll("");
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The whole name as one normalised word: "Smith-Jones" and "smith jones" both give SMITHJONES. */
    public static String joined(String name) {
        return String.join("", parts(name));
    }
}
