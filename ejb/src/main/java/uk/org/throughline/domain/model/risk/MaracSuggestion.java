package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.org.throughline.domain.shared.UkDate;

/**
 * What the criteria say about referring a victim to MARAC today.
 *
 * @param criterion       the criterion her case meets, strongest first; empty when none is met
 * @param recentIncidents police incidents where she was the victim within the escalation window
 * @param repeat          whether a referral today would be within 12 months of her last
 * @param lastReferralOn  her last referral's day, or null
 * @param flaggedRepeat   the latest further abuse flagged as a repeat of her last referral: the repeat
 *                        criterion is met
 */
public record MaracSuggestion(Optional<MaracCriterion> criterion, Integer score, int recentIncidents,
        int escalationMonths, boolean repeat, LocalDate lastReferralOn, Optional<MaracRepeat> flaggedRepeat) {

    /** For the user, e.g. "MARAC referral suggested: visible high risk (DASH score 15)". */
    public String describe() {
        String repeatNote = repeat ? " This would be a repeat referral: the last was on "
                + UkDate.format(lastReferralOn) + ", within 12 months." : "";
        String flaggedNote = flaggedRepeat.map(found -> " Repeat criterion met: " + found.description()
                + ", within 12 months of her MARAC referral of " + UkDate.format(lastReferralOn)
                + ": refer her case back to MARAC.").orElse("");
        return criterion.map(found -> "MARAC referral suggested: " + found.label().toLowerCase(Locale.UK)
                + " (" + reason(found) + ")." + repeatNote + flaggedNote)
                .orElse((flaggedRepeat.isPresent() ? "MARAC referral suggested as a repeat."
                        : "No MARAC criterion is met on the facts recorded; professional judgement may still refer.")
                        + repeatNote + flaggedNote);
    }

    private String reason(MaracCriterion found) {
        return switch (found) {
            case VISIBLE_HIGH_RISK -> "DASH score " + score;
            case POTENTIAL_ESCALATION -> recentIncidents + " police incidents in " + escalationMonths + " months";
            case PROFESSIONAL_JUDGEMENT -> "risk judged high although the DASH score is " + score;
        };
    }
}
