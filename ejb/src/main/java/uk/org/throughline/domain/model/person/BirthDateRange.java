package uk.org.throughline.domain.model.person;

import java.time.LocalDate;
import java.time.Year;

/** The dates of birth a search is narrowed to: one day, or a whole year when only the year is known. */
public record BirthDateRange(LocalDate from, LocalDate to) {

    public static BirthDateRange on(LocalDate day) {
        return new BirthDateRange(day, day);
    }

    public static BirthDateRange inYear(int year) {
        return new BirthDateRange(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
    }

    /** The exact date if given, otherwise the year if given, otherwise null (no narrowing). */
    public static BirthDateRange of(LocalDate dateOfBirth, Integer yearOfBirth) {
        if (dateOfBirth != null) {
            return on(dateOfBirth);
        }
        return yearOfBirth == null ? null : inYear(yearOfBirth);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }
}
