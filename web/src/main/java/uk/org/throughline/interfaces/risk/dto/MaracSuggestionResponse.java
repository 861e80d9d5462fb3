package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.risk.MaracCriterion;

/** What the MARAC criteria say about referring the victim today. */
public record MaracSuggestionResponse(
        @Schema(description = "The criterion met, strongest first; null when none is") MaracCriterion criterion,
        @Schema(example = "MARAC referral suggested: visible high risk (DASH score 15).") String text,
        @Schema(description = "Whether a referral today is within 12 months of her last") boolean repeat,
        LocalDate lastReferralOn,
        @Schema(description = "Her latest DASH score, null when she has none") Integer score,
        @Schema(description = "Police incidents where she was the victim within the escalation window")
        int recentIncidents) {
}
