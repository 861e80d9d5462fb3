package uk.org.throughline.domain.model.attendance;

import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * One line of a register as the facilitator fills it in.
 *
 * @param failedToComply      present but failed to comply, e.g. behaviour (nDelius AFTC); say how in the notes
 * @param absenceReason       why an absence is acceptable, and the evidence; required for one
 * @param disclosureOrConcern a disclosure or concern in the session, described in the notes; raises an alert
 * @param correctionReason    why an earlier mark is being changed; required for a correction
 */
public record AttendanceEntry(AttendanceMark mark, boolean failedToComply, String absenceReason,
        String engagementNotes, boolean disclosureOrConcern, String correctionReason) {

    /**
     * What the mark needs with it; a register page checks each line with this before saving, to put
     * the message on that line.
     *
     * @throws InvalidFieldException naming the field of the line that is missing or wrong
     */
    public void check() {
        Fields.required(mark, "mark", "Mark everyone on the register");
        String notes = Fields.optionalText(engagementNotes, ProgrammeFieldLengths.NOTES, "engagementNotes");
        if (failedToComply && !mark.present()) {
            throw new InvalidFieldException("failedToComply", "Only someone who was there can fail to comply in "
                    + "the session");
        }
        if (failedToComply && notes == null) {
            throw new InvalidFieldException("engagementNotes", "Say how the person failed to comply");
        }
        if (disclosureOrConcern && notes == null) {
            throw new InvalidFieldException("engagementNotes", "Describe the disclosure or concern");
        }
        String reason = mark.absent()
                ? Fields.optionalText(absenceReason, ProgrammeFieldLengths.REASON, "absenceReason") : null;
        if (mark == AttendanceMark.ABSENT_ACCEPTABLE && reason == null) {
            throw new InvalidFieldException("absenceReason", "Give the reason the absence is acceptable, and the "
                    + "evidence for it");
        }
    }
}
