package uk.org.throughline.domain.model.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A name typed into the search box, read every way a worker might have meant it. "Smith" is a
 * surname. "Smith, John" is surname then forenames. "John Smith" is most likely forenames then
 * surname, but police systems teach "SMITH JOHN", a surname may be typed in parts ("Siobhan O
 * Brien") and "Smith Jones" may be one double-barrelled surname typed without its hyphen, so a
 * name of two or more words is read all those ways and the ranking decides.
 */
public record NameQuery(String typed, List<Reading> readings) {

    /** The most words a typed surname is read as ("Ap Rhys Pryce"). */
    private static final int MAX_SURNAME_WORDS = 3;

    public NameQuery {
        readings = List.copyOf(readings);
    }

    /**
     * One way of reading the typed name.
     *
     * @param surname      the surname as typed
     * @param surnameWhole the surname normalised and joined ("SMITHJONES")
     * @param surnameKeys  phonetic keys (primary and alternate) of the whole surname and of each part
     * @param forename     the first forename normalised, or null when only a surname was given
     * @param forenameKeys phonetic keys (primary and alternate) of {@code forename}; empty when none
     */
    public record Reading(String surname, String surnameWhole, List<String> surnameKeys, String forename,
            List<String> forenameKeys) {

        public Reading {
            // lists, not sets, so the same query always gives the same SQL with parameters in the same order
            surnameKeys = List.copyOf(surnameKeys);
            forenameKeys = List.copyOf(forenameKeys);
        }

        /** A reading of a surname and (possibly blank) forenames; only the first forename is matched. */
        public static Reading of(String surname, String forenames) {
            List<String> forenameParts = NameNormaliser.parts(forenames);
            String forename = forenameParts.isEmpty() ? null : forenameParts.get(0);
            return new Reading(surname.strip(), NameNormaliser.joined(surname),
                    List.copyOf(NameKeys.surnameLookupKeys(surname)), forename,
                    List.copyOf(NameKeys.phoneticKeys(forename)));
        }

        public boolean hasForename() {
            return forename != null;
        }

        /**
         * Several words read as one double-barrelled surname typed without its hyphen ("Smith Jones"),
         * matched by exact spelling only: a phonetic code is four letters long, so the code of a
         * joined name ("JONATHANSMITH": JN0N) would match unrelated surnames, and the parts are looked
         * up by sound by the forename-and-surname readings anyway.
         */
        static Reading wholeSurname(String words) {
            return new Reading(words, NameNormaliser.joined(words), List.of(), null, List.of());
        }

        /** Nothing searchable was typed, e.g. only punctuation. */
        boolean isEmpty() {
            return surnameWhole.isEmpty();
        }
    }

    /** Reads a typed name; a name with no letters in it gives no readings, so finds nobody. */
    public static NameQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        List<Reading> readings = new ArrayList<>();
        int comma = text.indexOf(',');
        String[] words = text.split("\\s+");
        if (comma >= 0) {
            readings.add(Reading.of(text.substring(0, comma), text.substring(comma + 1)));
        } else if (words.length == 1) {
            readings.add(Reading.of(text, null));
        } else {
            readings.addAll(splitReadings(words));
            readings.add(Reading.wholeSurname(text));
        }
        readings.removeIf(Reading::isEmpty);
        return new NameQuery(text, readings);
    }

    /**
     * Forenames then surname, splitting before the last word first ("John Paul | Smith") and then
     * earlier ("Siobhan | O Brien"); then surname then forenames ("SMITH | John"). Most likely first,
     * as the search reads candidates in this order. A surname is tried as at most three words, so a
     * pasted paragraph cannot become hundreds of lookups.
     */
    private static List<Reading> splitReadings(String[] words) {
        int lastSplit = Math.min(words.length - 1, MAX_SURNAME_WORDS);
        List<Reading> readings = new ArrayList<>();
        for (int surnameWords = 1; surnameWords <= lastSplit; surnameWords++) {
            int split = words.length - surnameWords;
            readings.add(Reading.of(join(words, split, words.length), join(words, 0, split)));
        }
        for (int surnameWords = 1; surnameWords <= lastSplit; surnameWords++) {
            readings.add(Reading.of(join(words, 0, surnameWords), join(words, surnameWords, words.length)));
        }
        return readings;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    /** Whether anything searchable was typed. */
    public boolean isEmpty() {
        return readings.isEmpty();
    }
}
