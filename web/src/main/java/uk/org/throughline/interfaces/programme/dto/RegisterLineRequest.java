package uk.org.throughline.interfaces.programme.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.attendance.AttendanceMark;

/** One person's line of a register as saved; a flag left out is false. */
public record RegisterLineRequest(
        @Schema(required = true) Long referralId,
        @Schema(required = true, example = "ATTENDED") AttendanceMark mark,
        @Schema(description = "Present but failed to comply, e.g. behaviour; say how in the notes")
        Boolean failedToComply,
        @Schema(description = "Required for an acceptable absence: why, and the evidence") String absenceReason,
        String engagementNotes,
        @Schema(description = "A disclosure or concern in the session, described in the notes; raises an alert")
        Boolean disclosureOrConcern,
        @Schema(description = "Required when changing an earlier mark") String correctionReason) {
}
