package uk.org.throughline.interfaces.shared.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One eligibility rule of a diversion scheme checked against a case: passed or failed, and why. */
@Schema(name = "RuleResult")
public record RuleResultDto(
        @Schema(example = "DASH_LEVEL") String code,
        @Schema(example = "DASH risk level") String label,
        boolean passed,
        @Schema(example = "DASH standard at the scene") String reason) {
}
