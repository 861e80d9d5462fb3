package uk.org.throughline.interfaces.caution.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A diversion scheme to choose, with the programme its rehabilitative condition refers to. */
public record SchemeResponse(
        long id,
        @Schema(example = "Project PIPA") String name,
        @Schema(example = "Project PIPA") String programmeName) {
}
