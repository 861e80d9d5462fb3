package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A MARAC meeting to schedule. */
public record MeetingRequest(
        @Schema(required = true, example = "2026-12-03") LocalDate meetsOn,
        @Schema(required = true, example = "Northampton") String area) {
}
