package uk.org.throughline.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;

class SessionPatternTest {

    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private final BankHolidays holidays = SeededBankHolidays.table();

    private static List<LocalDate> dates(Schedule schedule) {
        return schedule.sessions().stream().map(Schedule.Planned::date).toList();
    }

    @Test
    void weeklyOnTuesdaysFor17SessionsStepsOverTheBoxingDaySubstitute() {
        Schedule schedule = SessionPattern.of(ProgrammeRecords.caringDads(), LocalDate.of(2027, 11, 2),
                DayOfWeek.TUESDAY, SIX_PM).plan(holidays);

        assertEquals(17, schedule.sessions().size());
        assertEquals(List.of(new Schedule.Skipped(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)")),
                schedule.skipped());
        List<LocalDate> dates = dates(schedule);
        assertEquals(LocalDate.of(2027, 12, 21), dates.get(7));
        assertEquals(LocalDate.of(2028, 1, 4), dates.get(8));
        assertEquals(LocalDate.of(2028, 2, 29), dates.get(16));
        Schedule.Planned first = schedule.sessions().get(0);
        assertEquals(new Schedule.Planned(1, LocalDate.of(2027, 11, 2), SIX_PM, LocalTime.of(20, 0)), first);
        dates.forEach(date -> assertEquals(DayOfWeek.TUESDAY, date.getDayOfWeek()));
    }

    @Test
    void fridaySessionsStepOverChristmasAndNewYear() {
        Schedule schedule = new SessionPattern(LocalDate.of(2026, 12, 14), DayOfWeek.FRIDAY, SIX_PM, 120, 3, 1)
                .plan(holidays);
        assertEquals(List.of(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 15)),
                dates(schedule));
        assertEquals(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)),
                schedule.skipped().stream().map(Schedule.Skipped::date).toList());
    }

    @Test
    void aWorkshopOnEasterMondayMovesAWeekAndLaterOnesKeepTheirSpacing() {
        // Project PIPA: two workshops four weeks apart
        Schedule schedule = SessionPattern.of(ProgrammeRecords.pipa(), LocalDate.of(2026, 3, 9), DayOfWeek.MONDAY,
                LocalTime.of(9, 30)).plan(holidays);
        assertEquals(List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 13)), dates(schedule));
        assertEquals("Easter Monday", schedule.skipped().get(0).holiday());
        assertEquals(LocalTime.of(12, 30), schedule.sessions().get(0).endTime());
    }

    @Test
    void theFirstSessionIsOnTheFirstChosenDayOnOrAfterTheStart() {
        Schedule schedule = new SessionPattern(LocalDate.of(2026, 1, 7), DayOfWeek.TUESDAY, SIX_PM, 120, 2, 1)
                .plan(holidays);
        assertEquals(List.of(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 20)), dates(schedule));
    }

    @Test
    void aScheduleReachingBeyondTheBankHolidayTableIsRefused() {
        SessionPattern pattern = new SessionPattern(LocalDate.of(2028, 11, 7), DayOfWeek.TUESDAY, SIX_PM, 120, 17, 1);
        BusinessException refused = assertThrows(BusinessException.class, () -> pattern.plan(holidays));
        assertEquals("The bank holidays are recorded from 01/01/2025 to 31/12/2028, not for 02/01/2029: an "
                + "administrator must add that year's bank holidays first.", refused.getMessage());
    }

    @Test
    void aSessionMustEndTheDayItStarts() {
        assertEquals("startTime", assertThrows(InvalidFieldException.class, () -> new SessionPattern(
                LocalDate.of(2026, 1, 6), DayOfWeek.TUESDAY, LocalTime.of(23, 0), 120, 17, 1)).field());
    }
}
