package uk.org.throughline.interfaces.shared.rest;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.org.throughline.interfaces.shared.FieldPath;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/**
 * Reads query parameters taken as text, collecting an error for each that is not valid so that one
 * 400 lists them all. (JAX-RS would answer a badly typed query parameter with a bare 404.)
 */
public final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    /** An ISO date (yyyy-MM-dd, as machines write it), or null when absent. */
    public LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a real date written yyyy-MM-dd, for example 2026-11-23");
    }

    /** A whole number, or null when absent. */
    public Integer integer(String name, String value) {
        return parse(name, value, Integer::valueOf, "must be a whole number");
    }

    public int integer(String name, String value, int whenAbsent) {
        Integer number = integer(name, value);
        return number == null ? whenAbsent : number;
    }

    /** One of an enum's constant names, or null when absent. */
    public <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        return parse(name, value, constant -> Enum.valueOf(type, constant),
                "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /**
     * Adds the violations of the query object built from the parameters, under the parameters'
     * names ({@code parameterNames} maps a property to its parameter where they differ).
     */
    public void add(Set<? extends ConstraintViolation<?>> violations, Map<String, String> parameterNames) {
        violations.forEach(v -> errors.add(new FieldError(
                FieldPath.of(v.getPropertyPath()).renamed(parameterNames).jsonName(), v.getMessage())));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The parsers throw DateTimeParseException, NumberFormatException or IllegalArgumentException: all runtime. */
    private <T> T parse(String name, String value, Function<String, T> parser, String requirement) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            errors.add(new FieldError(name, name + " " + requirement));
            return null;
        }
    }
}
