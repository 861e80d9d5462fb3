package uk.org.throughline.interfaces.person.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.WarningMarkerType;

/** A search hit: enough to tell people apart, best match first. */
public record PersonSummaryResponse(
        long id,
        String displayName,
        LocalDate dateOfBirth,
        Gender gender,
        String pncId,
        String currentTown,
        List<WarningMarkerType> warningMarkers,
        @Schema(description = "Why it matched", example = "alias SMYTH, John") String matchedOn,
        @Schema(description = "0–100, higher is a closer match") int score) {
}
