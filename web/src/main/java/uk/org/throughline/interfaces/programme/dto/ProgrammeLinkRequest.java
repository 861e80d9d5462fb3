package uk.org.throughline.interfaces.programme.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue's programme for a caution's referral that names its programme loosely. */
public record ProgrammeLinkRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) Long programmeId) {
}
