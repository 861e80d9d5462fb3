package uk.org.throughline.interfaces.incident.dto;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.RelationshipType;

/** An incident as read; send {@code version} back with a correction (it is also the response's ETag). */
public record IncidentResponse(
        long id,
        long version,
        @Schema(example = "NP/26/004512") String policeReference,
        @Schema(description = "London time, with its offset", example = "2026-03-14T22:40:00Z") OffsetDateTime occurredAt,
        @Schema(description = "Null when withheld (see placeAndAccountWithheld)") String location,
        Set<AbuseType> abuseTypes,
        RelationshipType relationship,
        List<InvolvedPersonDto> people,
        boolean childrenPresent,
        boolean crime,
        List<OffenceDto> offences,
        DashLevel dashLevel,
        @Schema(description = "Null when none was recorded, or withheld") String account,
        @Schema(description = "True for roles that do not read where it happened (often the victim's home) "
                + "or the account: only police, admin and partner-contact workers do") boolean placeAndAccountWithheld,
        Instant createdAt,
        Instant updatedAt) {
}
