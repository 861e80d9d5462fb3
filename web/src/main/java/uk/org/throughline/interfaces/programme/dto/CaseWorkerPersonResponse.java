package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/** One referral the case worker answers for. */
public record CaseWorkerPersonResponse(
        long referralId,
        long personId,
        String personName,
        String programmeName,
        ReferralStatus status,
        @Schema(description = "Null without a place or a session to come") LocalDateTime nextSession,
        @Schema(description = "Sessions marked absent, whatever the judgement") int absences,
        @Schema(description = "Failures to comply recorded") int failures) {
}
