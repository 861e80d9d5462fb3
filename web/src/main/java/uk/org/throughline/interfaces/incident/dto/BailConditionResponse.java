package uk.org.throughline.interfaces.incident.dto;

import java.time.LocalDate;

/** A bail condition; {@code liftedOn} is set when a later custody decision replaced it. */
public record BailConditionResponse(
        long id,
        String text,
        LocalDate imposedOn,
        LocalDate expiresOn,
        LocalDate liftedOn,
        boolean inForce) {
}
