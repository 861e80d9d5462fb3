package uk.org.throughline.domain.model.programme;

import java.util.Set;
import uk.org.throughline.domain.model.person.Gender;

/**
 * What a referral says about the person, for the programme's eligibility criteria.
 *
 * @param age              on the day of the referral; null when the date of birth is not recorded
 * @param youngestChildAge null when no child is recorded
 * @param riskLevel        null when not yet assessed
 * @param exclusions       the programme exclusions the referrer says apply
 */
public record ReferralFacts(Integer age, Gender gender, Integer youngestChildAge, boolean regularContactWithChild,
        RiskLevel riskLevel, Set<ProgrammeExclusion> exclusions) {

    public ReferralFacts {
        exclusions = Set.copyOf(exclusions);
    }
}
