package uk.org.throughline.domain.shared;

import java.util.function.UnaryOperator;

/**
 * Reads a local-practice number from configuration (for WildFly, a system property in the server
 * configuration), falling back to the default when it is not set.
 */
public final class Settings {

    private Settings() {
    }

    /** @throws IllegalArgumentException naming the property if it is set but not a whole number */
    public static int number(UnaryOperator<String> properties, String name, int fallback) {
        String value = properties.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"", e);
        }
    }
}
