package uk.org.throughline.application.programme;

import java.time.Instant;

/**
 * A perpetrator has just been referred to a programme, by any route (a caution's condition included). Fired
 * synchronously inside the transaction that saved it, so what an observer writes commits or rolls back with
 * it.
 */
public record ReferralMade(long referralId, Instant at) {
}
