package uk.org.throughline.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as people in England and Wales read them (23/11/2026), for messages written by the domain. */
public final class UkDate {

    /** The clock users live by: GMT in winter, BST in summer. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private UkDate() {
    }

    /** A time typed as on the clock in England and Wales (GMT or BST as it was that day). */
    public static Instant instant(LocalDateTime clockTime) {
        return clockTime == null ? null : clockTime.atZone(LONDON).toInstant();
    }

    /** Today in England and Wales, by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** The day it is in England and Wales at {@code instant}. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    /** dd/MM/yyyy, or an empty string when there is no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
