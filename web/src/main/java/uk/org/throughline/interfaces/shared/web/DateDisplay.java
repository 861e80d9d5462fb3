package uk.org.throughline.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import uk.org.throughline.interfaces.shared.UkDates;

/** Dates and times as pages show them: {@code #{dates.date(person.dateOfBirth())}}. */
@Named("dates")
@ApplicationScoped
public class DateDisplay {

    public String date(LocalDate date) {
        return UkDates.formatDate(date);
    }

    public String timestamp(Instant instant) {
        return UkDates.formatTimestamp(instant);
    }

    /** "23/11/1985 (age 40)", or "Not known" when there is no date of birth. */
    public String dateOfBirth(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return "Not known";
        }
        return UkDates.formatDate(dateOfBirth) + " (age " + UkDates.ageOn(dateOfBirth, UkDates.today()) + ")";
    }
}
