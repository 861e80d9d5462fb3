package uk.org.throughline.interfaces.police.dto;

import java.time.LocalDate;

/** A bail condition on the worklist because it expires soon. */
public record WorklistBailResponse(
        long arrestId,
        long personId,
        String personName,
        String policeReference,
        String condition,
        LocalDate expiresOn) {
}
