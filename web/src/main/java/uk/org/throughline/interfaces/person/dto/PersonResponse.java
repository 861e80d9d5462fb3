package uk.org.throughline.interfaces.person.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Ethnicity;
import uk.org.throughline.domain.model.person.Gender;

/** A person as read; send {@code version} back with an update (it is also the response's ETag). */
public record PersonResponse(
        long id,
        long version,
        String surname,
        String forenames,
        @Schema(example = "SMITH, John Paul") String displayName,
        LocalDate dateOfBirth,
        Gender gender,
        Ethnicity ethnicity,
        Disability disability,
        String firstLanguage,
        boolean interpreterRequired,
        String pncId,
        List<AliasDto> aliases,
        List<AddressDto> addresses,
        List<WarningMarkerDto> warningMarkers,
        Instant createdAt,
        Instant updatedAt) {
}
