package uk.org.throughline.application.shared;

import uk.org.throughline.domain.shared.ConcurrentEditException;

/** The optimistic-locking check every change makes: the record must be as the user last read it. */
public final class OptimisticLock {

    private OptimisticLock() {
    }

    /**
     * @param recordDescription names the record for the user, e.g. "Incident NP/26/004512"
     * @throws ConcurrentEditException if the record was saved by someone else since {@code expected} was read
     */
    public static void require(long current, long expected, String recordDescription) {
        if (current != expected) {
            throw new ConcurrentEditException(recordDescription);
        }
    }
}
