package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.MaracCriterion;

/** A MARAC referral with the facts it was made on, its meeting and its actions. */
public record MaracReferralResponse(
        long id,
        long version,
        long personId,
        String personName,
        LocalDate referredOn,
        String referredBy,
        Agency referringAgency,
        MaracCriterion criterion,
        String reason,
        @Schema(description = "Within 12 months of her previous referral") boolean repeat,
        LocalDate previousReferralOn,
        @Schema(description = "Her latest DASH score on the day of referral") Integer dashScore,
        @Schema(description = "Police incidents where she was the victim within the escalation window")
        int recentIncidents,
        @Schema(description = "Null until the case is listed at a meeting") Long meetingId,
        LocalDate meetsOn,
        List<MaracActionResponse> actions) {
}
