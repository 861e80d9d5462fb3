package uk.org.throughline.interfaces.risk.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Lists a case at a meeting. */
public record ListingRequest(
        @Schema(description = "The referral's version as read; required unless an If-Match header is sent")
        Long version,
        @Schema(required = true) Long meetingId) {
}
