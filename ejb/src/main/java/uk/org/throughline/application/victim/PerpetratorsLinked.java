package uk.org.throughline.application.victim;

import java.time.Instant;

/**
 * A victim record has just been opened, or the perpetrators linked to her changed. Fired synchronously
 * inside the transaction that saved it, so what an observer writes commits or rolls back with it.
 */
public record PerpetratorsLinked(long victimPersonId, Instant at) {
}
