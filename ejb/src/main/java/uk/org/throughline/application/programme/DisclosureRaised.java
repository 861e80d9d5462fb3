package uk.org.throughline.application.programme;

/**
 * A register line has just flagged a disclosure or concern. Fired synchronously inside the transaction that
 * saved it, so what an observer writes commits or rolls back with it.
 */
public record DisclosureRaised(long sessionId, long attendanceRecordId) {
}
