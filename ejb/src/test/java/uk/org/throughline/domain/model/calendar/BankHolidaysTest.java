package uk.org.throughline.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.BusinessException;

class BankHolidaysTest {

    private final BankHolidays holidays = SeededBankHolidays.table();

    @Test
    void theMigrationSeedsEightHolidaysEachYearFrom2025To2028AllOnWeekdays() {
        Map<Integer, Long> perYear = SeededBankHolidays.rows().stream()
                .collect(Collectors.groupingBy(holiday -> holiday.date().getYear(), Collectors.counting()));
        assertEquals(Map.of(2025, 8L, 2026, 8L, 2027, 8L, 2028, 8L), perYear);
        SeededBankHolidays.rows().forEach(holiday -> assertTrue(
                holiday.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(),
                holiday.name() + " on " + holiday.date() + " falls at a weekend: its substitute day is missing"));
    }

    @Test
    void christmasOnAWeekendMovesToSubstituteDays() {
        // 2026: Christmas on a Friday, Boxing Day on a Saturday
        assertEquals(Optional.of("Christmas Day"), holidays.on(LocalDate.of(2026, 12, 25)));
        assertEquals(Optional.empty(), holidays.on(LocalDate.of(2026, 12, 26)));
        assertEquals(Optional.of("Boxing Day (substitute day)"), holidays.on(LocalDate.of(2026, 12, 28)));
        // 2027: both on the weekend
        assertEquals(Optional.of("Christmas Day (substitute day)"), holidays.on(LocalDate.of(2027, 12, 27)));
        assertEquals(Optional.of("Boxing Day (substitute day)"), holidays.on(LocalDate.of(2027, 12, 28)));
        // 2028: New Year's Day on a Saturday
        assertEquals(Optional.of("New Year's Day (substitute day)"), holidays.on(LocalDate.of(2028, 1, 3)));
    }

    @Test
    void easterMondayFollowsGoodFridayEachYear() {
        for (LocalDate easterMonday : new LocalDate[] {LocalDate.of(2025, 4, 21), LocalDate.of(2026, 4, 6),
                LocalDate.of(2027, 3, 29), LocalDate.of(2028, 4, 17)}) {
            assertEquals(Optional.of("Easter Monday"), holidays.on(easterMonday));
            assertEquals(Optional.of("Good Friday"), holidays.on(easterMonday.minusDays(3)));
        }
    }

    @Test
    void workingDaysSkipWeekendsAndBankHolidays() {
        assertTrue(holidays.isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertFalse(holidays.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertFalse(holidays.isWorkingDay(LocalDate.of(2026, 12, 27)));
        // from Wednesday 23/12/2026: 24, 29, 30, 31 December and Monday 4 January
        assertEquals(LocalDate.of(2027, 1, 4), holidays.addWorkingDays(LocalDate.of(2026, 12, 23), 5));
    }

    @Test
    void aYearTheTableDoesNotReachIsRefusedNotAssumedFree() {
        assertEquals(LocalDate.of(2028, 12, 31), holidays.knownUntil());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> holidays.on(LocalDate.of(2029, 1, 1)));
        assertEquals("The bank holidays are recorded from 01/01/2025 to 31/12/2028, not for 01/01/2029: an "
                + "administrator must add that year's bank holidays first.", refused.getMessage());
    }
}
