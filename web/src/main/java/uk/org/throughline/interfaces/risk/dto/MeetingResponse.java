package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A MARAC meeting with its agenda (empty in the list of meetings). */
public record MeetingResponse(long id, long version, LocalDate meetsOn, String area,
        @Schema(description = "The cases listed, in the order referred") List<MaracReferralResponse> agenda) {
}
