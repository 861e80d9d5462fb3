package uk.org.throughline.application.person;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.WarningMarkerType;

/**
 * A search hit or possible duplicate: enough to tell people apart.
 *
 * @param matchedOn why it matched, for the user ("alias SMYTH, John", "surname sounds like SMITH")
 * @param score     0–100, higher is a closer match
 */
public record PersonSummary(long id, String displayName, LocalDate dateOfBirth, Gender gender, String pncId,
        String currentTown, List<WarningMarkerType> warningMarkers, String matchedOn, int score) {

    public PersonSummary {
        warningMarkers = List.copyOf(warningMarkers);
    }

    /** The hit without the town the person lives in: a victim's, as perpetrator-facing roles see it. */
    public PersonSummary withoutTown() {
        return new PersonSummary(id, displayName, dateOfBirth, gender, pncId, null, warningMarkers, matchedOn, score);
    }
}
