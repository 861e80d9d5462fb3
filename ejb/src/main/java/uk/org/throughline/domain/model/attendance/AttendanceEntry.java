package uk.org.throughline.domain.model.attendance;

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
}
