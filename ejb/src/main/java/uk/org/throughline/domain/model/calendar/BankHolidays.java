package uk.org.throughline.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The bank holidays the table holds, and what follows from them: which days are working days, and
 * up to when the table can be trusted. A year the table does not reach is refused rather than
 * treated as having no bank holidays, so a schedule never silently lands on next year's Christmas.
 */
public final class BankHolidays {

    private final TreeMap<LocalDate, String> names = new TreeMap<>();

    public BankHolidays(Collection<BankHoliday> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("The bank holiday table is empty");
        }
        holidays.forEach(holiday -> names.put(holiday.date(), holiday.name()));
    }

    /** The holiday's name when {@code day} is a bank holiday. */
    public Optional<String> on(LocalDate day) {
        requireKnown(day);
        return Optional.ofNullable(names.get(day));
    }

    /** Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && on(day).isEmpty();
    }

    /** The working day {@code count} working days after {@code day}, e.g. 5 working days to show evidence. */
    public LocalDate addWorkingDays(LocalDate day, int count) {
        LocalDate result = day;
        for (int added = 0; added < count; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                added++;
            }
        }
        return result;
    }

    /** The last day the table covers: 31 December of the latest year it has holidays for. */
    public LocalDate knownUntil() {
        return LocalDate.of(names.lastKey().getYear(), 12, 31);
    }

    /** @throws BusinessException if the table does not reach {@code day} */
    private void requireKnown(LocalDate day) {
        LocalDate first = LocalDate.of(names.firstKey().getYear(), 1, 1);
        if (day.isBefore(first) || day.isAfter(knownUntil())) {
            throw new BusinessException("The bank holidays are recorded from " + UkDate.format(first) + " to "
                    + UkDate.format(knownUntil()) + ", not for " + UkDate.format(day)
                    + ": an administrator must add that year's bank holidays first.");
        }
    }
}
