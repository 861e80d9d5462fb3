package uk.org.throughline.application.programme;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A perpetrator has just completed a programme, or left it without completing it. Fired synchronously inside
 * the transaction that saved it, so what an observer writes commits or rolls back with it.
 */
public record ProgrammeEnded(long referralId, boolean completed, LocalDate on, Instant at) {
}
