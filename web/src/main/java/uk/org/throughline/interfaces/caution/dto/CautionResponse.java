package uk.org.throughline.interfaces.caution.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.incident.OffenceClass;

/**
 * A conditional caution as read, with its conditions and the programme referrals it made. Send
 * {@code version} back with each change (it is also the response's ETag).
 */
public record CautionResponse(
        long id,
        long version,
        long disposalId,
        long incidentId,
        String policeReference,
        long personId,
        String personName,
        CautionType type,
        @Schema(example = "Project PIPA") String schemeName,
        String offenceDescription,
        OffenceClass offenceClass,
        LocalDate offenceDate,
        LocalDate cautionedOn,
        String victimViews,
        String appropriateAdult,
        LocalDate complianceDeadline,
        ComplianceStatus status,
        LocalDate statusChangedOn,
        String withdrawalReason,
        NonComplianceOutcome decision,
        DecisionMaker decisionMaker,
        LocalDate decidedOn,
        String decisionReason,
        String eligibilityOverrideReason,
        @Schema(description = "The scheme rules that failed when the caution was given despite them")
        String eligibilityFailures,
        List<ConditionResponse> conditions,
        List<ReferralResponse> referrals,
        @Schema(description = "Last day to charge a summary-only offence (offence date + 6 months); absent otherwise")
        LocalDate chargeBy,
        @Schema(description = "Shown while compliance is open and the time limit is near or would pass first")
        String timeLimitWarning) {
}
