package uk.org.throughline.application.programme;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A perpetrator has just attended his first session of a programme. Fired synchronously inside the
 * transaction that saved it, so what an observer writes commits or rolls back with it.
 */
public record ProgrammeStarted(long referralId, LocalDate on, Instant at) {
}
