package uk.org.throughline.interfaces.police.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.police.PersonChronology.Kind;

/**
 * One event in a person's chronology. {@code at} is set for events recorded with a time; the record
 * it belongs to is {@code recordType} and {@code recordId}.
 */
public record ChronologyEntryResponse(
        @Schema(example = "2026-03-14") LocalDate date,
        @Schema(description = "London time, with its offset, when the event has a time", example = "2026-03-14T22:40:00Z")
        OffsetDateTime at,
        Kind kind,
        @Schema(example = "Incident") String kindLabel,
        @Schema(example = "Incident NP/26/004512 (suspect): common assault") String summary,
        @Schema(example = "Incident", description = "Incident, Arrest, Disposal, CourtCase or ConditionalCaution")
        String recordType,
        long recordId) {
}
