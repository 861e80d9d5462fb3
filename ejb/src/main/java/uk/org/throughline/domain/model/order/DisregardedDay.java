package uk.org.throughline.domain.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A London calendar day left out of a notice's 48 hours ({@link HearingDeadline}), and why: "Sunday",
 * "Christmas Day", "Good Friday", or the bank holiday's name.
 */
@Embeddable
public class DisregardedDay {

    public static final int REASON_LENGTH = 60;

    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE dd/MM/uuuu", Locale.UK);

    @Column(name = "disregarded_on", nullable = false)
    private LocalDate date;

    @Column(name = "reason", length = REASON_LENGTH, nullable = false)
    private String reason;

    protected DisregardedDay() {
        // for JPA
    }

    public DisregardedDay(LocalDate date, String reason) {
        this.date = date;
        this.reason = reason;
    }

    public LocalDate date() {
        return date;
    }

    public String reason() {
        return reason;
    }

    /** "Sunday 06/12/2026", "Friday 25/12/2026 (Christmas Day)". */
    public String describe() {
        String day = WEEKDAY_DATE.format(date);
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK).equals(reason) ? day
                : day + " (" + reason + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisregardedDay day && day.date.equals(date) && day.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
