package uk.org.throughline.interfaces.person.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address the person lived at; {@code to} is absent while they still live there. */
public record AddressDto(
        @Schema(required = true, example = "1 High Street") String line1,
        String line2,
        @Schema(required = true, example = "Northampton") String town,
        @Schema(example = "NN1 1AA") String postcode,
        @Schema(required = true, example = "2020-04-01") LocalDate from,
        LocalDate to,
        @Schema(readOnly = true, description = "Whether this is where the person lives now; ignored in requests")
        Boolean current) {
}
