package uk.org.throughline.domain.model.person;

/**
 * One row of the name-key index: the phonetic key of one surname part (or of the whole surname)
 * paired with one forename and its phonetic key. Pairing them in one row lets "John Smith" be found
 * with a single index lookup on (surname key, forename key) instead of joining two key lists.
 *
 * @param aliasId     the alias the name came from; null for the person's own name
 * @param surnameKey  primary Double Metaphone code of {@code surnamePart}
 * @param surnamePart the normalised surname part or whole joined surname the key was made from
 * @param forename    one normalised forename, or "" when none is known (aliases may have no forename)
 * @param forenameKey primary Double Metaphone code of {@code forename}, or ""
 */
public record PersonNameKey(NameSource source, Long aliasId, String surnameKey, String surnamePart, String forename,
        String forenameKey) {
}
