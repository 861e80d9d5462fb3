package uk.org.throughline.domain.model.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A name typed into the search box, read every way a worker might have meant it. "Smith" is a
 * surname. "Smith, John" is surname then forenames. "John Smith" is most likely forenames then
 * surname, but police systems teach "SMITH JOHN", and "Smith Jones" may be one double-barrelled
 * surname typed without its hyphen, so a name of two or more words is read all three ways and the
 * ranking decides.
 */
public record NameQuery(String typed, List<Reading> readings) {

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
         * Several words read as one double-barrelled surname typed without its hyphen ("Smith Jones"):
         * only the whole is looked up, as the parts are looked up by the forename-and-surname readings.
         */
        static Reading wholeSurname(String words) {
            String whole = NameNormaliser.joined(words);
            return new Reading(words, whole, List.copyOf(NameKeys.phoneticKeys(whole)), null, List.of());
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
        if (comma >= 0) {
            readings.add(Reading.of(text.substring(0, comma), text.substring(comma + 1)));
        } else {
            String[] words = text.split("\\s+");
            if (words.length == 1) {
                readings.add(Reading.wholeSurname(text));
            } else {
                String first = words[0];
                String last = words[words.length - 1];
                readings.add(Reading.of(last, String.join(" ", Arrays.copyOfRange(words, 0, words.length - 1))));
                readings.add(Reading.of(first, String.join(" ", Arrays.copyOfRange(words, 1, words.length))));
                readings.add(Reading.wholeSurname(text));
            }
        }
        readings.removeIf(Reading::isEmpty);
        return new NameQuery(text, readings);
    }

    /** Whether anything searchable was typed. */
    public boolean isEmpty() {
        return readings.isEmpty();
    }
}
