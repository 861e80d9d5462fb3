package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;

/**
 * What the referrer says when referring a victim's case to MARAC.
 *
 * @param perpetratorPersonId the man whose abuse of her the case is about; null when none is named
 * @param reason              why the case is referred; required for professional judgement
 */
public record MaracReferralDetails(long personId, Long perpetratorPersonId, LocalDate referredOn, Agency referringAgency,
        MaracCriterion criterion, String reason) {
}
