package uk.org.throughline.application.police;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** A suspect interviewed under caution without arrest; {@code interviewedAt} is clock time in England and Wales. */
public record VoluntaryInterviewForm(
        @NotNull(message = "Choose the incident") Long incidentId,
        @NotNull(message = "Choose the suspect interviewed") Long personId,
        @NotNull(message = "Enter the time of the interview") LocalDateTime interviewedAt,
        @NotBlank(message = "Enter where the interview took place")
        @Size(max = PoliceFieldLengths.STATION, message = "The place is at most {max} characters") String location) {
}
