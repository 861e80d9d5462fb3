package uk.org.throughline.application.police;

/**
 * A new incident has just been recorded. Fired synchronously inside the transaction that saved it, so what
 * an observer writes commits or rolls back with it.
 */
public record IncidentRecorded(long incidentId) {
}
