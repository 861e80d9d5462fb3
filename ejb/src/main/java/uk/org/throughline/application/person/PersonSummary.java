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
 * @param birthYear the year of birth, shown when the rest is not
 * @param notOnCaseload true when the caller may see only the name and year of birth: the person is not on
 *                  their caseload
 */
public record PersonSummary(long id, String displayName, LocalDate dateOfBirth, Gender gender, String pncId,
        String currentTown, List<WarningMarkerType> warningMarkers, String matchedOn, int score, Integer birthYear,
        boolean notOnCaseload) {

    public PersonSummary {
        warningMarkers = List.copyOf(warningMarkers);
    }

    public PersonSummary(long id, String displayName, LocalDate dateOfBirth, Gender gender, String pncId,
            String currentTown, List<WarningMarkerType> warningMarkers, String matchedOn, int score) {
        this(id, displayName, dateOfBirth, gender, pncId, currentTown, warningMarkers, matchedOn, score,
                dateOfBirth == null ? null : dateOfBirth.getYear(), false);
    }

    /** The hit without the town the person lives in, as a perpetrator-facing role sees anyone not on its caseload. */
    public PersonSummary withoutTown() {
        return new PersonSummary(id, displayName, dateOfBirth, gender, pncId, null, warningMarkers, matchedOn, score,
                birthYear, notOnCaseload);
    }

    /** Only the name and year of birth: someone not on the caller's caseload. */
    public PersonSummary nameOnly() {
        return new PersonSummary(id, displayName, null, null, null, null, List.of(), matchedOn, score, birthYear,
                true);
    }
}
