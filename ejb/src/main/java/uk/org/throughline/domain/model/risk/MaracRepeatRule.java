package uk.org.throughline.domain.model.risk;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A MARAC repeat (SafeLives): "any further abuse between the same victim and perpetrator within 12 months of
 * the last MARAC referral", a breach of bail or of an order included. The referral it repeats is her latest
 * on or before the day of the abuse that names him as the perpetrator; the abuse is a repeat when it happened
 * within the repeat window from that referral's day, both ends included (12 months unless configured, see
 * {@link MaracThresholds#repeatMonths()}). Abuse by another man, or of someone the order protects who is
 * not its victim, repeats nothing.
 */
public final class MaracRepeatRule {

    private MaracRepeatRule() {
    }

    /**
     * @param herReferrals the victim's MARAC referrals, in any order
     * @return the referral the abuse repeats, or empty when it is no repeat
     */
    public static Optional<MaracReferral> referralRepeated(FurtherAbuse abuse, Collection<MaracReferral> herReferrals,
            MaracThresholds thresholds) {
        return herReferrals.stream()
                .filter(referral -> referral.personId() == abuse.victimPersonId())
                .filter(referral -> referral.perpetratorPersonId().filter(id -> id == abuse.perpetratorPersonId())
                        .isPresent())
                .filter(referral -> !referral.referredOn().isAfter(abuse.on()))
                .max(Comparator.comparing(MaracReferral::referredOn).thenComparing(MaracReferral::createdAt))
                .filter(last -> MaracCriteria.isRepeat(last.referredOn(), abuse.on(), thresholds));
    }
}
