package uk.org.throughline.interfaces.person.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.WarningMarkerType;

/** A safety warning marker, with when it was raised and why. */
public record WarningMarkerDto(
        @Schema(required = true) WarningMarkerType type,
        LocalDate since,
        String notes) {
}
