package uk.org.throughline.domain.model.order;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.shared.UkDate;

/**
 * When the hearing for the full order must begin after a notice was served: the type's 48 hours
 * from service, disregarding any Sunday, Christmas Day, Good Friday and any bank holiday in England
 * and Wales (Crime and Security Act 2010 s.27(3)-(4) for a DVPN; Domestic Abuse Act 2021 s.29(2)-(3)
 * for a DAPN). A disregarded day is a whole London calendar day, whatever the clock's hour at service.
 * <p>
 * The hours are counted as elapsed time over the days that count, from service to the end of each
 * counted London day. The clocks in England change only on a Sunday, which is always disregarded, so
 * this is also 48 hours of London wall-clock time: served Friday 18:00 runs to Monday 18:00 in GMT
 * and BST alike. Christmas Day and Good Friday are disregarded whether or not the bank-holiday table
 * lists them (Christmas Day on a Saturday is not itself a bank holiday; Good Friday is computed from
 * Easter).
 *
 * @param at      the instant the hearing must have begun by
 * @param skipped the days disregarded between service and {@code at}, in date order
 */
public record HearingDeadline(Instant at, List<DisregardedDay> skipped) {

    private static final MonthDay CHRISTMAS_DAY = MonthDay.of(12, 25);

    public HearingDeadline {
        skipped = List.copyOf(skipped);
    }

    /**
     * @param hours    the notice type's hearing period, 48
     * @param holidays the England and Wales bank holidays
     * @throws uk.org.throughline.domain.shared.BusinessException if the bank-holiday table does not reach the days counted
     */
    public static HearingDeadline after(Instant servedAt, int hours, BankHolidays holidays) {
        Duration remaining = Duration.ofHours(hours);
        List<DisregardedDay> skipped = new ArrayList<>();
        Instant from = servedAt;
        LocalDate day = UkDate.dayOf(servedAt);
        while (true) {
            Instant dayEnds = day.plusDays(1).atStartOfDay(UkDate.LONDON).toInstant();
            Optional<String> disregarded = disregarded(day, holidays);
            if (disregarded.isPresent()) {
                skipped.add(new DisregardedDay(day, disregarded.get()));
            } else {
                Duration counted = Duration.between(from, dayEnds);
                if (counted.compareTo(remaining) >= 0) {
                    return new HearingDeadline(from.plus(remaining), skipped);
                }
                remaining = remaining.minus(counted);
            }
            from = dayEnds;
            day = day.plusDays(1);
        }
    }

    /** Why the day is left out of the 48 hours, if it is. */
    static Optional<String> disregarded(LocalDate day, BankHolidays holidays) {
        if (MonthDay.from(day).equals(CHRISTMAS_DAY)) {
            return Optional.of("Christmas Day");
        }
        if (day.equals(easterSunday(day.getYear()).minusDays(2))) {
            return Optional.of("Good Friday");
        }
        Optional<String> holiday = holidays.on(day);
        if (holiday.isPresent()) {
            return holiday;
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? Optional.of("Sunday") : Optional.empty();
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
