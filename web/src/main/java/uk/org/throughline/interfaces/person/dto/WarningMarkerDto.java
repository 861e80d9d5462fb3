package uk.org.throughline.interfaces.person.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.WarningMarkerType;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/**
 * A safety warning marker, with when it was raised and why. Notes withheld from a probation officer,
 * YOT worker or facilitator reach them as "Held by police: ask the officer in the case": sent back
 * unchanged, the marker keeps what police wrote.
 */
public record WarningMarkerDto(
        @Schema(required = true) WarningMarkerType type,
        LocalDate since,
        String notes,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION
                + ". Notes an offender manager types are their own, so shared", defaultValue = "false")
        Boolean notesShareable) {
}
