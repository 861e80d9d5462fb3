package uk.org.throughline.domain.model.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything recorded about an incident, as given when it is recorded or corrected. */
public record IncidentDetails(PoliceReference reference, Instant occurredAt, String location,
        Set<AbuseType> abuseTypes, RelationshipType relationship, List<Involvement> involvements,
        boolean childrenPresent, boolean crime, List<Offence> offences, DashLevel dashLevel, String account) {

    public IncidentDetails {
        abuseTypes = abuseTypes == null ? Set.of() : Set.copyOf(abuseTypes);
        involvements = involvements == null ? List.of() : List.copyOf(involvements);
        offences = offences == null ? List.of() : List.copyOf(offences);
    }
}
