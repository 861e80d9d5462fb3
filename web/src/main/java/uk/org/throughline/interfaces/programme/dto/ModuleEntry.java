package uk.org.throughline.interfaces.programme.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module of a programme. */
public record ModuleEntry(
        @Schema(required = true, example = "Foundation") String name,
        @Schema(required = true, example = "4") Integer sessions,
        @Schema(description = "Whether completing the programme requires it") Boolean required) {
}
