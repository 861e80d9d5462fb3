package uk.org.throughline.interfaces.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates as people in England and Wales write them (23/11/2026) and times on the clock in London,
 * whatever the server's own time zone is.
 */
public final class UkDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static final String DATE_HINT = "Enter the date as day/month/year, for example 23/11/2026";

    /** Single-digit days and months are how many people type; four-digit years avoid guessing the century. */
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    /** STRICT refuses 31/02 instead of quietly rolling it over to 03/03. */
    private static final DateTimeFormatter DATE_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** When something happened, as police record it: to the minute. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(LONDON);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")
            .withZone(LONDON);

    private UkDates() {
    }

    /**
     * Reads a date typed as day/month/year.
     *
     * @throws IllegalArgumentException with a message for the user when it is not a real date in that form
     */
    public static LocalDate parseDate(String text) {
        String trimmed = text.trim();
        if (!DATE_SHAPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(DATE_HINT);
        }
        try {
            return LocalDate.parse(trimmed, DATE_INPUT);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(trimmed + " is not a real date. " + DATE_HINT, e);
        }
    }

    /** dd/MM/yyyy, or an empty string when there is no date. */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** dd/MM/yyyy HH:mm:ss on London time (GMT or BST as the date requires). */
    public static String formatTimestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }

    /** dd/MM/yyyy HH:mm on London time, or an empty string when there is no time. */
    public static String formatDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** HH:mm, or an empty string when there is no time. */
    public static String formatTime(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Age in whole years on {@code today}; someone born on 29 February turns a year older on 1 March. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }
}
