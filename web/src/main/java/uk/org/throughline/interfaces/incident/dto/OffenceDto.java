package uk.org.throughline.interfaces.incident.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.OffenceClass;

/** An offence on the incident; a caution or charge names it by its {@code index}. */
public record OffenceDto(
        @Schema(readOnly = true, description = "Position on the incident, from 0; ignored in requests", example = "0")
        Integer index,
        @Schema(required = true, example = "Common assault (battery)") String description,
        @Schema(required = true) OffenceClass offenceClass,
        @Schema(description = "Absent for the day of the incident", example = "2026-03-14") LocalDate offenceDate) {
}
