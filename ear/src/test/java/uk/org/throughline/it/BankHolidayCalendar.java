package uk.org.throughline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The server's bank holiday table, as its administrator reads and keeps it, for tests whose dates
 * must step over bank holidays or keep off them. The server refuses a date beyond the last year the
 * table holds, so before a test plans sessions or counts working days ahead,
 * {@link #recordedThroughNextYear()} adds England and Wales' usual bank holidays for next year (by
 * the suite's clock) when the table does not have that year yet, as an administrator would.
 */
final class BankHolidayCalendar {

    private static final ApiClient ADMIN = ApiClient.as("admin.demo");

    /** Whether this run has seen the table reach next year already. */
    private static boolean nextYearRecorded;

    private BankHolidayCalendar() {
    }

    /** The table's bank holidays from {@code from} to {@code to}, both included, with their names. */
    static NavigableMap<LocalDate, String> between(LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            holidays.putAll(in(year));
        }
        return holidays.subMap(from, true, to, true);
    }

    static boolean isBankHoliday(LocalDate day) {
        return in(day.getYear()).containsKey(day);
    }

    /** The first bank holiday called {@code name} (e.g. "Easter Monday") after {@code day}, this year or next. */
    static LocalDate next(String name, LocalDate day) {
        recordedThroughNextYear();
        return between(day.plusDays(1), LocalDate.of(day.getYear() + 1, 12, 31)).entrySet().stream()
                .filter(holiday -> holiday.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " in the bank holiday table after " + day));
    }

    /** Adds next year's usual bank holidays to the table unless it has holidays in that year already. */
    static synchronized void recordedThroughNextYear() {
        if (nextYearRecorded) {
            return;
        }
        int nextYear = TestClock.today().getYear() + 1;
        if (in(nextYear).isEmpty()) {
            usual(nextYear).forEach((date, name) -> {
                ApiClient.Response added = ADMIN.post("/api/bank-holidays", Json.createObjectBuilder()
                        .add("date", date.toString()).add("name", name).build().toString());
                if (added.status() != 201) {
                    throw new AssertionError("Could not add " + name + " " + date + ": " + added);
                }
            });
        }
        nextYearRecorded = true;
    }

    /**
     * England and Wales' bank holidays in {@code year} by the usual rules, with the table's names: not
     * the one-off ones a year may also have, such as a coronation.
     */
    static NavigableMap<LocalDate, String> usual(int year) {
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (isWeekend(newYear)) {
            holidays.put(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year's Day (substitute day)");
        } else {
            holidays.put(newYear, "New Year's Day");
        }
        LocalDate easter = easterSunday(year);
        holidays.put(easter.minusDays(2), "Good Friday");
        holidays.put(easter.plusDays(1), "Easter Monday");
        holidays.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        holidays.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday");
        holidays.put(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        // Christmas Day or Boxing Day on a weekend moves to the first weekday after it that is not taken
        Map<String, LocalDate> christmas = Map.of("Christmas Day", LocalDate.of(year, 12, 25),
                "Boxing Day", LocalDate.of(year, 12, 26));
        christmas.forEach((name, own) -> {
            if (!isWeekend(own)) {
                holidays.put(own, name);
            }
        });
        for (String name : List.of("Christmas Day", "Boxing Day")) {
            LocalDate day = christmas.get(name);
            if (isWeekend(day)) {
                while (isWeekend(day) || holidays.containsKey(day)) {
                    day = day.plusDays(1);
                }
                holidays.put(day, name + " (substitute day)");
            }
        }
        return holidays;
    }

    private static NavigableMap<LocalDate, String> in(int year) {
        ApiClient.Response listed = ADMIN.get("/api/bank-holidays?year=" + year);
        if (listed.status() != 200) {
            throw new AssertionError("Could not read the bank holidays of " + year + ": " + listed);
        }
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        listed.structure().asJsonArray().getValuesAs(JsonObject.class)
                .forEach(day -> holidays.put(LocalDate.parse(day.getString("date")), day.getString("name")));
        return holidays;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    private static LocalDate easterSunday(int year) {
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
