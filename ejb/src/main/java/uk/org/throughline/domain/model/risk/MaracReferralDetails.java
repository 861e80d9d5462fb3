package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;

/**
 * What the referrer says when referring a victim's case to MARAC.
 *
 * @param reason why the case is referred; required for professional judgement
 */
public record MaracReferralDetails(long personId, LocalDate referredOn, Agency referringAgency,
        MaracCriterion criterion, String reason) {
}
