package uk.org.throughline.interfaces.incident.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.RelationshipType;

/**
 * An incident to record, or the corrected state of one. The people and offences sent replace those
 * recorded.
 *
 * @param version on update, the version that was read (or send it as an If-Match ETag instead)
 */
public record IncidentRequest(
        @Schema(description = "Required on update unless an If-Match header is sent; ignored on create", example = "0")
        Long version,
        @Schema(required = true, description = "Unique; stored in capitals", example = "NP/26/004512")
        String policeReference,
        @Schema(required = true, description = "When it happened, with its offset; not in the future",
                example = "2026-03-14T22:40:00Z") OffsetDateTime occurredAt,
        @Schema(required = true, example = "Home address, Kingsthorpe, Northampton") String location,
        @Schema(required = true) Set<AbuseType> abuseTypes,
        @Schema(required = true) RelationshipType relationship,
        @Schema(required = true, description = "People from the person index and their part in the incident")
        List<InvolvedPersonDto> people,
        @Schema(defaultValue = "false") Boolean childrenPresent,
        @Schema(defaultValue = "false", description = "A crime needs at least one offence; a non-crime none")
        Boolean crime,
        List<OffenceDto> offences,
        @Schema(required = true, description = "DASH risk level at the scene") DashLevel dashLevel,
        @Schema(description = "The officer's account") String account) {
}
