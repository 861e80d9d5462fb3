package uk.org.throughline.interfaces.programme.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/** One step of a referral's lifecycle, dated and attributed. */
public record ReferralStepResponse(
        @Schema(description = "The status reached; for a step naming the case worker, the status it stayed in")
        ReferralStatus status,
        @Schema(description = "What the step did, as the referral's page shows it", example = "Case worker: probation.demo")
        String label,
        LocalDate on,
        String by,
        String reason,
        @Schema(description = "The case worker a step named (taken on or assigned); null for a change of status")
        String caseWorker,
        Instant recordedAt) {
}
