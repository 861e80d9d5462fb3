package uk.org.throughline.application.police;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** The arrest of a suspect of an incident; {@code arrestedAt} is clock time in England and Wales. */
public record ArrestForm(
        @NotNull(message = "Choose the incident") Long incidentId,
        @NotNull(message = "Choose the suspect arrested") Long personId,
        @NotBlank(message = "Enter the custody record number")
        @Size(max = PoliceFieldLengths.REFERENCE, message = "The custody record number is at most {max} characters")
        String custodyRecordNumber,
        @NotNull(message = "Enter the time of arrest") LocalDateTime arrestedAt,
        @NotBlank(message = "Enter the custody station")
        @Size(max = PoliceFieldLengths.STATION, message = "The station is at most {max} characters") String station) {
}
