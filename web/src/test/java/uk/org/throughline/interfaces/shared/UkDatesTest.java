package uk.org.throughline.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void readsDayMonthYearWithOrWithoutLeadingZeros() {
        assertEquals(LocalDate.of(2026, 2, 3), UkDates.parseDate("03/02/2026"));
        assertEquals(LocalDate.of(2026, 2, 3), UkDates.parseDate(" 3/2/2026 "));
    }

    @Test
    void refusesATwoDigitYear() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UkDates.parseDate("23/11/26"));

        assertEquals(UkDates.DATE_HINT, refused.getMessage());
    }

    @Test
    void writesDatesWithLeadingZeros() {
        assertEquals("03/02/2026", UkDates.formatDate(LocalDate.of(2026, 2, 3)));
        assertEquals("", UkDates.formatDate(null));
    }

    @Test
    void showsTimesOnLondonClocksInSummerAndWinter() {
        assertEquals("01/07/2026 13:30:00", UkDates.formatTimestamp(Instant.parse("2026-07-01T12:30:00Z")));
        assertEquals("23/11/2026 12:30:00", UkDates.formatTimestamp(Instant.parse("2026-11-23T12:30:00Z")));
    }

    @Test
    void showsWhenSomethingHappenedToTheMinuteOnLondonClocks() {
        assertEquals("01/07/2026 13:30", UkDates.formatDateTime(Instant.parse("2026-07-01T12:30:59Z")));
        assertEquals("23/11/2026 12:30", UkDates.formatDateTime(Instant.parse("2026-11-23T12:30:00Z")));
    }

    @Test
    void ageGoesUpOnTheBirthday() {
        LocalDate born = LocalDate.of(1985, 11, 23);

        assertEquals(40, UkDates.ageOn(born, LocalDate.of(2026, 11, 22)));
        assertEquals(41, UkDates.ageOn(born, LocalDate.of(2026, 11, 23)));
    }
}
