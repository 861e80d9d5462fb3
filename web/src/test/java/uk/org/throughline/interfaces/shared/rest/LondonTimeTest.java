package uk.org.throughline.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class LondonTimeTest {

    @Test
    void readsAnyOffsetAsTheLondonClockAtThatMoment() {
        assertEquals(LocalDateTime.of(2026, 7, 1, 22, 40), LondonTime.clock(OffsetDateTime.parse("2026-07-01T21:40:00Z")));
        assertEquals(LocalDateTime.of(2026, 11, 23, 22, 40),
                LondonTime.clock(OffsetDateTime.parse("2026-11-23T17:40:00-05:00")));
        assertNull(LondonTime.clock(null));
    }

    @Test
    void writesMomentsWithLondonsOffsetInSummerAndWinter() {
        assertEquals(OffsetDateTime.parse("2026-07-01T22:40:00+01:00"), LondonTime.of(Instant.parse("2026-07-01T21:40:00Z")));
        assertEquals(OffsetDateTime.parse("2026-11-23T22:40:00Z"), LondonTime.of(Instant.parse("2026-11-23T22:40:00Z")));
    }
}
