package uk.org.throughline.application;

import java.util.List;

/**
 * A breach of a civil order has just been recorded. Fired synchronously inside the breach's
 * transaction, so an observer that writes an alert (for the victims' partner-contact worker and the
 * respondent's case workers) or counts a MARAC repeat commits or rolls back with it.
 */
public record OrderBreached(long orderId, long breachId, long respondentId, List<Long> protectedPersonIds) {
}
