package uk.org.throughline.interfaces.shared.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing wrong with one field of a request. */
public record FieldError(
        @Schema(description = "The JSON field or query parameter, e.g. surname or aliases[0].surname; absent when the whole request is at fault",
                example = "surname") String field,
        @Schema(example = "Enter a surname") String message) {
}
