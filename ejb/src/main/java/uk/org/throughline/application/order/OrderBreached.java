package uk.org.throughline.application.order;

/**
 * A breach of a civil order has just been recorded. Fired synchronously inside the breach's
 * transaction, so the alerts it raises (for the protected victims' partner-contact workers and the
 * respondent's case workers) commit or roll back with it.
 */
public record OrderBreached(long orderId, long breachId) {
}
