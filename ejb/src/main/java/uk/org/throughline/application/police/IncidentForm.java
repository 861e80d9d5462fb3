package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.model.incident.RelationshipType;

/**
 * An incident as entered, to record or correct it. {@code occurredAt} is the time on the clock in
 * England and Wales; the domain checks dates against today.
 */
public record IncidentForm(
        @NotBlank(message = "Enter the police reference")
        @Size(max = PoliceFieldLengths.REFERENCE, message = "The police reference is at most {max} characters")
        String policeReference,
        @NotNull(message = "Enter the date and time of the incident") LocalDateTime occurredAt,
        @NotBlank(message = "Enter where the incident happened")
        @Size(max = PoliceFieldLengths.PLACE, message = "The location is at most {max} characters") String location,
        @NotEmpty(message = "Select at least one type of abuse") Set<AbuseType> abuseTypes,
        @NotNull(message = "Select how the people involved are related") RelationshipType relationship,
        @NotEmpty(message = "Add at least one person involved") List<@Valid @NotNull Involved> people,
        boolean childrenPresent,
        boolean crime,
        List<@Valid @NotNull OffenceEntry> offences,
        @NotNull(message = "Select the DASH risk level at the scene") DashLevel dashLevel,
        @Size(max = PoliceFieldLengths.ACCOUNT, message = "The account is at most {max} characters") String account) {

    public IncidentForm {
        offences = offences == null ? List.of() : List.copyOf(offences);
    }

    /** A person from the index and the part they played. */
    public record Involved(
            @NotNull(message = "Choose the person from the index") Long personId,
            @NotNull(message = "Select the person's role in the incident") InvolvementRole role) {
    }

    public record OffenceEntry(
            @NotBlank(message = "Enter the description of each offence")
            @Size(max = PoliceFieldLengths.DESCRIPTION, message = "An offence description is at most {max} characters")
            String description,
            @NotNull(message = "Select whether each offence is summary only, either way or indictable only")
            OffenceClass offenceClass,
            /** Null for the day of the incident. */
            LocalDate offenceDate) {
    }
}
