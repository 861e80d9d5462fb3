package uk.org.throughline.interfaces.shared.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}). {@code errors} lists
 * the fields at fault when a request is not valid; {@code matches} the existing records when a new
 * one may be a duplicate; {@code failedRules} the scheme rules a case failed when a conditional
 * caution was refused. Absent members are left out of the JSON.
 */
@Schema(name = "ProblemDetail")
public record ProblemDetail(
        @Schema(example = "https://throughline.example/problems/validation") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Correct the fields listed in errors") String detail,
        @Schema(example = "/api/persons") String instance,
        List<FieldError> errors,
        List<DuplicateMatch> matches,
        List<RuleResultDto> failedRules) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, List.copyOf(fieldErrors), matches, failedRules);
    }

    public ProblemDetail withMatches(List<DuplicateMatch> duplicates) {
        return new ProblemDetail(type, title, status, detail, instance, errors, List.copyOf(duplicates), failedRules);
    }

    public ProblemDetail withFailedRules(List<RuleResultDto> failed) {
        return new ProblemDetail(type, title, status, detail, instance, errors, matches, List.copyOf(failed));
    }
}
