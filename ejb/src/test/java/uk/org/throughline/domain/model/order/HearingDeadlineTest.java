package uk.org.throughline.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.org.throughline.domain.model.order.OrderRecords.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.calendar.BankHoliday;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.shared.BusinessException;

/** Crime and Security Act 2010 s.27 (DVPN) and Domestic Abuse Act 2021 s.29 (DAPN): DOMAIN.md's worked examples. */
class HearingDeadlineTest {

    private final BankHolidays holidays = SeededBankHolidays.table();

    private static DisregardedDay day(int year, int month, int dayOfMonth, String reason) {
        return new DisregardedDay(LocalDate.of(year, month, dayOfMonth), reason);
    }

    @Test
    void the48HoursDisregardSundaysSoFridayEveningRunsToMondayEvening() {
        HearingDeadline deadline = HearingDeadline.after(at(2026, 12, 4, 18, 0), 48, holidays);

        assertEquals(at(2026, 12, 7, 18, 0), deadline.at());
        assertEquals(List.of(day(2026, 12, 6, "Sunday")), deadline.skipped());
    }

    @Test
    void the48HoursDisregardGoodFridaySundayAndEasterMondayButNotEasterSaturday() {
        HearingDeadline deadline = HearingDeadline.after(at(2027, 3, 25, 18, 0), 48, holidays);

        assertEquals(at(2027, 3, 30, 18, 0), deadline.at());
        assertEquals(List.of(day(2027, 3, 26, "Good Friday"), day(2027, 3, 28, "Sunday"),
                day(2027, 3, 29, "Easter Monday")), deadline.skipped());
    }

    @Test
    void the48HoursDisregardGoodFridayEvenWhenTheBankHolidayTableOmitsIt() {
        BankHolidays withoutGoodFriday = new BankHolidays(SeededBankHolidays.rows().stream()
                .filter(holiday -> !holiday.name().equals("Good Friday")).toList());

        HearingDeadline deadline = HearingDeadline.after(at(2027, 3, 25, 18, 0), 48, withoutGoodFriday);

        assertEquals(at(2027, 3, 30, 18, 0), deadline.at());
        assertEquals(day(2027, 3, 26, "Good Friday"), deadline.skipped().get(0));
    }

    @Test
    void the48HoursDisregardChristmasDaySundayAndTheSubstituteBoxingDay() {
        HearingDeadline christmasEve = HearingDeadline.after(at(2026, 12, 24, 18, 0), 48, holidays);

        assertEquals(at(2026, 12, 29, 18, 0), christmasEve.at());
        assertEquals(List.of(day(2026, 12, 25, "Christmas Day"), day(2026, 12, 27, "Sunday"),
                day(2026, 12, 28, "Boxing Day (substitute day)")), christmasEve.skipped());
        assertEquals("Friday 25/12/2026 (Christmas Day)", christmasEve.skipped().get(0).describe());
        assertEquals("Sunday 27/12/2026", christmasEve.skipped().get(1).describe());

        HearingDeadline dayBefore = HearingDeadline.after(at(2026, 12, 23, 18, 0), 48, holidays);
        assertEquals(at(2026, 12, 26, 18, 0), dayBefore.at());
        assertEquals(List.of(day(2026, 12, 25, "Christmas Day")), dayBefore.skipped());
    }

    @Test
    void the48HoursDisregardChristmasDayOnASaturdayThoughOnlyItsSubstituteIsABankHoliday() {
        HearingDeadline deadline = HearingDeadline.after(at(2027, 12, 24, 18, 0), 48, holidays);

        assertEquals(at(2027, 12, 30, 18, 0), deadline.at());
        assertEquals(List.of(day(2027, 12, 25, "Christmas Day"), day(2027, 12, 26, "Sunday"),
                day(2027, 12, 27, "Christmas Day (substitute day)"), day(2027, 12, 28, "Boxing Day (substitute day)")),
                deadline.skipped());
    }

    @Test
    void the48HoursAreLondonHoursAcrossTheClockChangeOnADisregardedSunday() {
        assertEquals(at(2026, 10, 26, 18, 0), HearingDeadline.after(at(2026, 10, 23, 18, 0), 48, holidays).at());
        assertEquals(at(2027, 3, 31, 9, 30), HearingDeadline.after(at(2027, 3, 27, 9, 30), 48, holidays).at());
    }

    @Test
    void the48HoursOfANoticeServedOnASundayStartAtMondayMidnight() {
        HearingDeadline deadline = HearingDeadline.after(at(2026, 12, 6, 10, 0), 48, holidays);

        assertEquals(at(2026, 12, 9, 0, 0), deadline.at());
        assertEquals(List.of(day(2026, 12, 6, "Sunday")), deadline.skipped());
    }

    @Test
    void easterSundayIsComputedForAnyYear() {
        assertEquals(LocalDate.of(2026, 4, 5), HearingDeadline.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), HearingDeadline.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), HearingDeadline.easterSunday(2038));
    }

    @Test
    void aBankHolidayTableTheCountDoesNotReachIsNotTakenAsNoHolidays() {
        BankHolidays only2026 = new BankHolidays(List.of(new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")));
        assertThrows(BusinessException.class,
                () -> HearingDeadline.after(at(2026, 12, 31, 18, 0), 48, only2026));
    }
}
