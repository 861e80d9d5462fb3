package uk.org.throughline.interfaces.person.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.FieldLengths;

/** Which record to merge into the one in the path, and why (the reason goes into the audit trail). */
public record MergeRequest(
        @Schema(required = true, example = "42")
        @NotNull(message = "Give the id of the duplicate record") Long duplicateId,
        @Schema(required = true, example = "Same PNC ID; registered twice after the 2024 custody record")
        @NotBlank(message = "Give the reason for merging")
        @Size(max = FieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
}
