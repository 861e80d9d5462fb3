package uk.org.throughline.application.programme;

/**
 * A register has just recorded a mark the person's victims' partner-contact workers hear of (a late
 * arrival, leaving early, an absence awaiting evidence, accepted or not), or changed a mark from or to
 * one of those (a judgement or a correction). Fired synchronously inside the transaction that saved it,
 * so what an observer writes commits or rolls back with it.
 */
public record SessionMissed(long sessionId, long attendanceRecordId) {
}
