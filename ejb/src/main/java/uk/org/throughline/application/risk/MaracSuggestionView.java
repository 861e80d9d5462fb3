package uk.org.throughline.application.risk;

import java.time.LocalDate;
import uk.org.throughline.domain.model.risk.MaracCriterion;

/**
 * What the MARAC criteria say about referring a victim today.
 *
 * @param criterion the criterion met, strongest first; null when none is
 * @param text      for the user, e.g. "MARAC referral suggested: visible high risk (DASH score 15)."
 * @param repeat    whether a referral today would be within 12 months of her last (on {@code lastReferralOn})
 * @param flaggedRepeat the latest further abuse flagged as a repeat of her last referral (the repeat criterion
 *                  met); null when none is
 */
public record MaracSuggestionView(MaracCriterion criterion, String text, boolean repeat, LocalDate lastReferralOn,
        Integer score, int recentIncidents, MaracRepeatView flaggedRepeat) {
}
