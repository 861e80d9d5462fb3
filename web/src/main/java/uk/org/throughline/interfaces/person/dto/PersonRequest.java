package uk.org.throughline.interfaces.person.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Ethnicity;
import uk.org.throughline.domain.model.person.Gender;

/**
 * A person to register or the new state of one to update. Its field names are the person form's
 * property names, so a validation error names the JSON field the client sent.
 *
 * @param version on update, the version that was read (or send it as an If-Match ETag instead)
 */
public record PersonRequest(
        @Schema(description = "Required on update unless an If-Match header is sent; ignored on create", example = "3")
        Long version,
        @Schema(required = true, example = "SMITH") String surname,
        @Schema(required = true, example = "John Paul") String forenames,
        @Schema(example = "1985-11-23") LocalDate dateOfBirth,
        @Schema(defaultValue = "NOT_KNOWN") Gender gender,
        Ethnicity ethnicity,
        @Schema(defaultValue = "NOT_KNOWN") Disability disability,
        @Schema(example = "English") String firstLanguage,
        Boolean interpreterRequired,
        @Schema(example = "2019/1234567A") String pncId,
        List<AliasDto> aliases,
        List<AddressDto> addresses,
        List<WarningMarkerDto> warningMarkers) {
}
