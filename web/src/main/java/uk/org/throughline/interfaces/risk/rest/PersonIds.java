package uk.org.throughline.interfaces.risk.rest;

import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;

/** The required {@code personId} query parameter, taken as text so a bad one is a 400, not a bare 404. */
final class PersonIds {

    private PersonIds() {
    }

    static long required(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("personId", "Give the victim's person id");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("personId", "The person id is a whole number");
        }
    }
}
