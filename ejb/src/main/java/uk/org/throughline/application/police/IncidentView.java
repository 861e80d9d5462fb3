package uk.org.throughline.application.police;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.incident.RelationshipType;

/**
 * An incident as read; {@code version} goes back with an edit so concurrent edits are caught. Where it
 * happened (often the victim's home) and the account are null when {@code placeAndAccountWithheld}: only
 * police, admin and the victims' partner-contact workers read them.
 */
public record IncidentView(long id, long version, String policeReference, Instant occurredAt, String location,
        Set<AbuseType> abuseTypes, RelationshipType relationship, List<Involved> people, boolean childrenPresent,
        boolean crime, List<OffenceView> offences, DashLevel dashLevel, String account,
        boolean placeAndAccountWithheld, Instant createdAt, Instant updatedAt) {

    public IncidentView {
        abuseTypes = Set.copyOf(abuseTypes);
        people = List.copyOf(people);
        offences = List.copyOf(offences);
    }

    public record Involved(long personId, String displayName, InvolvementRole role) {
    }

    /** {@code index} is what a caution or charge names the offence by. */
    public record OffenceView(int index, String description, OffenceClass offenceClass, LocalDate offenceDate) {
    }
}
