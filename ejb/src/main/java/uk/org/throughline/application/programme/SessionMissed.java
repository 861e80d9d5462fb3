package uk.org.throughline.application.programme;

/**
 * A register has just recorded a failure to comply that is an absence, e.g. without reasonable excuse. Fired
 * synchronously inside the transaction that saved it, so what an observer writes commits or rolls back with
 * it.
 */
public record SessionMissed(long sessionId, long attendanceRecordId) {
}
