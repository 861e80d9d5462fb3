package uk.org.throughline.domain.shared;

import java.time.Instant;
import java.time.LocalDate;

/** The checks every police record makes of what was typed: required text, lengths, no future dates. */
public final class Fields {

    private Fields() {
    }

    /** The value, trimmed; refused when missing or longer than its column. */
    public static String requiredText(String value, int maxLength, String field, String messageIfMissing) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, messageIfMissing);
        }
        return checkedLength(value.strip(), maxLength, field);
    }

    /** The value trimmed, or null when nothing was typed. */
    public static String optionalText(String value, int maxLength, String field) {
        return value == null || value.isBlank() ? null : checkedLength(value.strip(), maxLength, field);
    }

    public static <T> T required(T value, String field, String messageIfMissing) {
        if (value == null) {
            throw new InvalidFieldException(field, messageIfMissing);
        }
        return value;
    }

    /** A day that has happened: things police record have already happened. */
    public static LocalDate pastDate(LocalDate day, LocalDate today, String field, String what) {
        required(day, field, "Enter the " + what);
        if (day.isAfter(today)) {
            throw new InvalidFieldException(field, "The " + what + " cannot be in the future");
        }
        return day;
    }

    public static Instant pastInstant(Instant at, Instant now, String field, String what) {
        required(at, field, "Enter the " + what);
        if (at.isAfter(now)) {
            throw new InvalidFieldException(field, "The " + what + " cannot be in the future");
        }
        return at;
    }

    private static String checkedLength(String value, int maxLength, String field) {
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "This is at most " + maxLength + " characters");
        }
        return value;
    }
}
