package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.NotCompletedReason;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.model.programme.RiskLevel;

/** A programme referral with every step it took; {@code version} goes back with each change. */
public record ProgrammeReferralResponse(
        long id,
        long version,
        long personId,
        String personName,
        @Schema(description = "Null while a caution's referral names a programme the catalogue does not know")
        Long programmeId,
        String programmeName,
        ReferralRoute route,
        ReferralStatus status,
        LocalDate statusChangedOn,
        LocalDate referredOn,
        String referredBy,
        String caseWorker,
        Long cohortId,
        String cohortName,
        Long conditionalCautionId,
        Long courtCaseId,
        String childProtectionPlanReference,
        RiskLevel riskLevel,
        String eligibilityOverrideReason,
        @Schema(description = "The criteria failed when an override reason let the referral through")
        String eligibilityFailures,
        NotCompletedReason notCompletedReason,
        @Schema(description = "How far the person has got against the completion rule") String progress,
        List<ReferralStepResponse> history,
        @Schema(description = "What the last change meant for the caution that made the referral, if anything")
        String cautionNote) {
}
