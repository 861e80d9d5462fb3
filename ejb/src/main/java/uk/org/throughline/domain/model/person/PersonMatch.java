package uk.org.throughline.domain.model.person;

/**
 * A person found by a name search or duplicate check, with the best of their matching names.
 *
 * @param aliasId      the alias that matched best, or null when it was the person's own name
 * @param exactSurname whether the surname matched exactly (after normalising) rather than by sound
 * @param score        0–100, higher is closer
 */
public record PersonMatch(long personId, Long aliasId, boolean exactSurname, int score) {

    public boolean onAlias() {
        return aliasId != null;
    }
}
