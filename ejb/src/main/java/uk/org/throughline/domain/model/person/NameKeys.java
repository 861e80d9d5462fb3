package uk.org.throughline.domain.model.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Phonetic keys for names. Double Metaphone gives a primary and sometimes an alternate code (SMITH:
 * SM0 and XMT; SCHMIDT: XMT and SMT). A stored name is indexed under its primary code and a search
 * looks up both codes of what was typed, so "Smith" finds SCHMIDT through the typed alternate.
 * Storing both codes as well would find each stored name up to four times over (two codes on each
 * side, for surname and forename) and double the index, for the few pairs that meet only
 * alternate-to-alternate; at a million people the smaller index is what keeps loading and searching
 * fast. Keys are made for every surname part and for the whole joined surname, so SMITH-JONES is
 * found under SMITH, JONES and SMITHJONES.
 */
public final class NameKeys {

    /** Stateless once built, so one instance serves every thread. Default code length 4, as usual for names. */
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    private NameKeys() {
    }

    /** The primary and alternate codes of one normalised word (the alternate only when different), as looked up. */
    public static Set<String> phoneticKeys(String normalisedWord) {
        Set<String> keys = new LinkedHashSet<>();
        if (normalisedWord == null || normalisedWord.isEmpty()) {
            return keys;
        }
        addIfPresent(keys, primaryKey(normalisedWord));
        addIfPresent(keys, DOUBLE_METAPHONE.doubleMetaphone(normalisedWord, true));
        return keys;
    }

    /** The normalised forms a surname is indexed under: the whole joined surname, then each part. */
    private static Set<String> surnameVariants(String surname) {
        Set<String> variants = new LinkedHashSet<>();
        String joined = NameNormaliser.joined(surname);
        if (!joined.isEmpty()) {
            variants.add(joined);
        }
        variants.addAll(NameNormaliser.parts(surname));
        return variants;
    }

    /** The primary code of one normalised word, as stored; null for an empty word. */
    public static String primaryKey(String normalisedWord) {
        if (normalisedWord == null || normalisedWord.isEmpty()) {
            return null;
        }
        String key = DOUBLE_METAPHONE.doubleMetaphone(normalisedWord, false);
        return key == null || key.isEmpty() ? null : key;
    }

    /** Both codes of every surname variant, as looked up for a typed surname. */
    public static Set<String> surnameLookupKeys(String surname) {
        Set<String> keys = new LinkedHashSet<>();
        surnameVariants(surname).forEach(variant -> keys.addAll(phoneticKeys(variant)));
        return keys;
    }

    /**
     * The code a word is stored under: its primary code, or "" for the rare word that has none (a
     * lone "H"), so the column is never null and an exact lookup can still find it.
     */
    public static String storedKey(String normalisedWord) {
        String key = primaryKey(normalisedWord);
        return key == null ? "" : key;
    }

    /** A normalised word (surname variant or forename) and the code it is stored under. */
    public record KeyedWord(String word, String key) {
    }

    /** The surname's variants, each with the primary code it is stored under. */
    public static List<KeyedWord> keyedSurname(String surname) {
        List<KeyedWord> keyed = new ArrayList<>();
        surnameVariants(surname).forEach(variant -> keyed.add(keyed(variant)));
        return keyed;
    }

    /**
     * Each forename with its primary code, and a hyphenated forename also as one word ("Jean-Luc":
     * JEAN, LUC and JEANLUC), as a double-barrelled surname is; one empty forename when none is known
     * (some aliases).
     */
    public static List<KeyedWord> keyedForenames(String forenames) {
        List<KeyedWord> keyed = new ArrayList<>();
        for (String forename : forenames == null ? new String[0] : forenames.strip().split("\\s+")) {
            List<String> parts = NameNormaliser.parts(forename);
            parts.forEach(part -> keyed.add(keyed(part)));
            if (parts.size() > 1) {
                keyed.add(keyed(String.join("", parts)));
            }
        }
        return keyed.isEmpty() ? List.of(new KeyedWord("", "")) : keyed;
    }

    /** The index rows for one name: each surname variant paired with each forename. */
    public static List<PersonNameKey> forName(NameSource source, Long aliasId, String surname, String forenames) {
        return rows(source, aliasId, keyedSurname(surname), keyedForenames(forenames));
    }

    /** As {@link #forName}, from names already keyed (bulk loads key each distinct name once). */
    public static List<PersonNameKey> rows(NameSource source, Long aliasId, List<KeyedWord> surname,
            List<KeyedWord> forenames) {
        List<PersonNameKey> rows = new ArrayList<>(surname.size() * forenames.size());
        for (KeyedWord variant : surname) {
            for (KeyedWord forename : forenames) {
                PersonNameKey row = new PersonNameKey(source, aliasId, variant.key(), variant.word(),
                        forename.word(), forename.key());
                if (!rows.contains(row)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static KeyedWord keyed(String normalisedWord) {
        return new KeyedWord(truncate(normalisedWord), storedKey(normalisedWord));
    }

    /** Æ → AE can lengthen a name beyond its column; the start of a name is what matches anyway. */
    private static String truncate(String normalised) {
        return normalised.length() <= FieldLengths.NAME ? normalised : normalised.substring(0, FieldLengths.NAME);
    }

    private static void addIfPresent(Set<String> keys, String key) {
        if (key != null && !key.isEmpty()) {
            keys.add(key);
        }
    }
}
