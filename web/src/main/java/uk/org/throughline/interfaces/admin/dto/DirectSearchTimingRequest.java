package uk.org.throughline.interfaces.admin.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Surnames to time the search's bare SQL for, each run {@code repetitions} times. */
public record DirectSearchTimingRequest(
        @Schema(required = true, example = "[\"SMITH\", \"JONES\"]")
        @NotEmpty(message = "Give at least one surname") List<@NotBlank(message = "A surname cannot be blank") String> surnames,
        @Schema(required = true, example = "20")
        @NotNull(message = "Give the number of repetitions")
        @Min(value = 1, message = "Repetitions must be at least 1")
        @Max(value = 10_000, message = "Repetitions are at most 10000") Integer repetitions) {
}
