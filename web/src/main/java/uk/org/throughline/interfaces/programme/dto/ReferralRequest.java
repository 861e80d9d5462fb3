package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.RiskLevel;

/** A referral from any route but a conditional caution, which makes its own. */
public record ReferralRequest(
        @Schema(required = true) Long programmeId,
        @Schema(required = true) Long personId,
        @Schema(required = true, example = "CHILDRENS_SOCIAL_CARE") ReferralRoute route,
        @Schema(required = true, example = "2026-11-02") LocalDate referredOn,
        @Schema(description = "Required for a court order: the court case whose order requires the programme")
        Long courtCaseId,
        @Schema(description = "Required from children's social care", example = "CP/2026/0412")
        String childProtectionPlanReference,
        @Schema(description = "Username of the probation officer, social worker or YOT worker responsible",
                example = "probation.demo") String caseWorker,
        @Schema(description = "For programmes for fathers of young children", example = "4") Integer youngestChildAge,
        @Schema(description = "Left out is false") Boolean regularContactWithChild,
        RiskLevel riskLevel,
        @Schema(description = "Exclusions the referrer knows of") Set<ProgrammeExclusion> exclusions,
        @Schema(description = "Why to refer although criteria fail; only a manager or administrator may")
        String eligibilityOverrideReason) {
}
