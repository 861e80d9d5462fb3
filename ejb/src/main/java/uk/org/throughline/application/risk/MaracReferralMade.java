package uk.org.throughline.application.risk;

/**
 * A victim's case has just been referred to MARAC. Fired synchronously inside the referral's
 * transaction, so an observer that writes an alert commits or rolls back with it.
 */
public record MaracReferralMade(long personId, long referralId, boolean repeat) {
}
