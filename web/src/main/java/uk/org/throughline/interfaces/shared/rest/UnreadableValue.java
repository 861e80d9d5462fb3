package uk.org.throughline.interfaces.shared.rest;

import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.throughline.interfaces.shared.dto.FieldError;

/**
 * The field of a request body that JSON-B could not read, such as a date-time without its offset,
 * so the 400 can name it. Yasson (WildFly's JSON-B) names each property it was reading, outermost
 * first: "Unable to deserialize property 'rows' because of: Unable to deserialize property
 * 'expiresOn' because of: Error parsing class java.time.LocalDate ...". A row of a list is named
 * without its index ({@code rows.expiresOn}); a message naming no property names no field.
 */
final class UnreadableValue {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private UnreadableValue() {
    }

    static Optional<FieldError> in(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                return fieldError(cause.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldError> fieldError(String message) {
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            path.add(property.group(1));
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(String.join(".", path), requirement(message)));
    }

    private static String requirement(String message) {
        if (message.contains("java.time.OffsetDateTime")) {
            return "Write the date and time with its offset, for example 2026-11-23T22:40:00Z";
        }
        if (message.contains("java.time.LocalDate")) {
            return "Write the date as yyyy-MM-dd, for example 2026-11-23";
        }
        return "This value is not of the type the field takes: see the OpenAPI document at /openapi";
    }
}
