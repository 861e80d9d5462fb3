package uk.org.throughline.interfaces.person.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another name the person is known by. */
public record AliasDto(
        @Schema(required = true, example = "SMYTH") String surname,
        @Schema(example = "Jon") String forenames) {
}
