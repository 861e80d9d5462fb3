package uk.org.throughline.application.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Ethnicity;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.WarningMarkerType;

/** A person record as read; {@code version} goes back with an edit so concurrent edits are caught. */
public record PersonView(long id, long version, String surname, String forenames, String displayName,
        LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity, Disability disability, String firstLanguage,
        boolean interpreterRequired, String pncId, List<Alias> aliases, List<Address> addresses,
        List<WarningMarker> warningMarkers, Instant createdAt, Instant updatedAt) {

    public PersonView {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
        warningMarkers = List.copyOf(warningMarkers);
    }

    /** The record without where the person lives: a victim's, as perpetrator-facing roles see it. */
    public PersonView withoutAddresses() {
        return new PersonView(id, version, surname, forenames, displayName, dateOfBirth, gender, ethnicity, disability,
                firstLanguage, interpreterRequired, pncId, aliases, List.of(), warningMarkers, createdAt, updatedAt);
    }

    public record Alias(String surname, String forenames) {
    }

    public record Address(String line1, String line2, String town, String postcode, LocalDate from, LocalDate to,
            boolean current) {
    }

    /**
     * @param notes          as typed, or {@link uk.org.throughline.domain.shared.PoliceText#HELD_BY_POLICE} for a
     *                       perpetrator-facing reader when they are not shareable
     * @param notesShareable police agreed the notes may be shared with offender managers
     */
    public record WarningMarker(WarningMarkerType type, LocalDate since, String notes, boolean notesShareable) {
    }
}
