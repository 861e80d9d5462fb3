package uk.org.throughline.interfaces.caution.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.interfaces.shared.rest.SharedWithOffenderManagers;

/**
 * A conditional caution as the officer enters it: first checked against the scheme's rules
 * (POST /api/cautions/eligibility), then given (POST /api/cautions). A flag left out is false.
 */
public record CautionRequest(
        @Schema(description = "The arrest the caution follows (or give voluntaryInterviewId)", example = "23")
        Long arrestId,
        @Schema(description = "The voluntary interview the caution follows (or give arrestId)") Long voluntaryInterviewId,
        @Schema(required = true, description = "ADULT for 18 or over on the caution date, YOUTH for 10 to 17")
        CautionType cautionType,
        @Schema(description = "The diversion scheme (GET /api/cautions/schemes); required for an adult caution",
                example = "1") Long schemeId,
        @Schema(required = true, description = "The offence's index on the incident", example = "0") Integer offenceIndex,
        @Schema(required = true, example = "2026-03-20") LocalDate cautionedOn,
        @Schema(required = true, description = "Must be true to give the caution") Boolean offenceAdmitted,
        @Schema(required = true, description = "Signed consent to the conditions; must be true to give the caution")
        Boolean consentSigned,
        @Schema(required = true, example = "Consulted by phone; supports the caution and the programme")
        String victimViews,
        @Schema(description = SharedWithOffenderManagers.DESCRIPTION, defaultValue = "false")
        Boolean victimViewsShareable,
        @Schema(description = "The victim, when consulted, raised a specific risk from the offender")
        Boolean victimRaisesSpecificRisk,
        @Schema(description = "Required for a youth of 16 or under") String appropriateAdult,
        @Schema(description = "Absent for the default period (16 weeks unless configured)", example = "2026-07-10")
        LocalDate complianceDeadline,
        @Schema(required = true) DecisionMaker decisionMaker,
        @Schema(required = true, description = "At least one; a rehabilitative condition makes a programme referral")
        List<ConditionRequest> conditions,
        @Schema(description = "Why an authorised officer proceeds although scheme rules failed")
        String eligibilityOverrideReason) {
}
