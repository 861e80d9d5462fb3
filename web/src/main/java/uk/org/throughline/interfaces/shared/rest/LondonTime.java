package uk.org.throughline.interfaces.shared.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * The API's date-times carry their offset (ISO 8601, {@code 2026-07-01T21:30:00+01:00}); the services
 * take clock time in England and Wales. A client may send any offset: it is the same moment.
 */
public final class LondonTime {

    private LondonTime() {
    }

    /** The moment as the clock in London showed it, or null when absent. */
    public static LocalDateTime clock(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(UkDates.LONDON).toLocalDateTime();
    }

    /** The moment with London's offset that day (GMT or BST), or null when absent. */
    public static OffsetDateTime of(Instant moment) {
        return moment == null ? null : moment.atZone(UkDates.LONDON).toOffsetDateTime();
    }
}
