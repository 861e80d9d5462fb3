package uk.org.throughline.interfaces.caution.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.interfaces.shared.dto.RuleResultDto;

/** Every rule of the scheme checked against the case, in the scheme's order. */
public record EligibilityResponse(
        long schemeId,
        @Schema(example = "Project PIPA") String schemeName,
        @Schema(description = "Whether every rule passed") boolean eligible,
        List<RuleResultDto> rules) {
}
