package uk.org.throughline.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * Dates and times as pages show them: {@code #{dates.date(person.dateOfBirth())}}; and today, as the
 * server's clock reads it in London, for the forms that start at today.
 */
@Named("dates")
@ApplicationScoped
public class DateDisplay {

    @Inject
    private Clock clock;

    public LocalDate today() {
        return UkDate.today(clock);
    }

    public String date(LocalDate date) {
        return UkDates.formatDate(date);
    }

    /** When something happened: 23/11/2026 14:30, London time. */
    public String dateTime(Instant instant) {
        return UkDates.formatDateTime(instant);
    }

    /** A clock time: 14:30. */
    public String time(LocalTime time) {
        return UkDates.formatTime(time);
    }

    public String timestamp(Instant instant) {
        return UkDates.formatTimestamp(instant);
    }

    /** "23/11/1985 (age 40)", or "Not known" when there is no date of birth. */
    public String dateOfBirth(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return "Not known";
        }
        return UkDates.formatDate(dateOfBirth) + " (age " + UkDates.ageOn(dateOfBirth, today()) + ")";
    }
}
