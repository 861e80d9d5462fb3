package uk.org.throughline.interfaces.shared.rest;

import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
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
 * without its index ({@code rows.expiresOn}); a message naming no property names no field. An
 * unknown enum value is the exception: Yasson names its type, not its property, so the fields of the
 * body type holding that enum are named ({@link EnumFields}).
 */
final class UnreadableValue {

    private static final String NO_ENUM_CONSTANT = "No enum constant ";
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private UnreadableValue() {
    }

    static List<FieldError> in(Throwable exception, Optional<Type> bodyType) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                String message = cause.getMessage();
                List<FieldError> unknownValue = bodyType.map(type -> unknownEnumValue(message, type)).orElse(List.of());
                return unknownValue.isEmpty() ? fieldError(message).stream().toList() : unknownValue;
            }
        }
        return List.of();
    }

    /**
     * Yasson's "No enum constant uk.org...Gender.ALIEN" names the type and the value but not the field:
     * the fields of the body holding that type are named instead, each with the values it takes.
     */
    private static List<FieldError> unknownEnumValue(String message, Type bodyType) {
        int start = message.indexOf(NO_ENUM_CONSTANT);
        if (start < 0) {
            return List.of();
        }
        String constant = message.substring(start + NO_ENUM_CONSTANT.length());
        List<FieldError> errors = new ArrayList<>();
        for (EnumFields.EnumField field : EnumFields.in(bodyType)) {
            String prefix = field.type().getCanonicalName() + ".";
            if (constant.startsWith(prefix)) {
                errors.add(new FieldError(field.path(), "\"" + constant.substring(prefix.length())
                        + "\" is not a value this field takes: use one of " + String.join(", ", field.values())));
            }
        }
        return errors;
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
