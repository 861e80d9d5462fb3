package uk.org.throughline.domain.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as people in England and Wales read them (23/11/2026), for messages written by the domain. */
public final class UkDate {

    /** The clock users live by: GMT in winter, BST in summer. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private UkDate() {
    }

    /** dd/MM/yyyy, or an empty string when there is no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
