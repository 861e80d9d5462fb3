package uk.org.throughline.interfaces.shared.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An existing record that the one being created may duplicate, best match first. */
public record DuplicateMatch(
        long id,
        @Schema(example = "SMITH, John") String displayName,
        LocalDate dateOfBirth,
        @Schema(description = "0–100, higher is a closer match") int score) {
}
