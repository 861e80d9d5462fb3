package uk.org.throughline.interfaces.programme.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.OutcomeCode;

/** One person's line of a register; the mark and what goes with it are null while unmarked. */
public record RegisterLineResponse(
        long referralId,
        long personId,
        String personName,
        AttendanceMark mark,
        @Schema(description = "The nDelius outcome code") OutcomeCode outcome,
        boolean failedToComply,
        String absenceReason,
        String engagementNotes,
        boolean disclosureOrConcern,
        String recordedBy,
        Instant recordedAt,
        @Schema(description = "How many times the line was changed after it was first recorded") int corrections,
        @Schema(description = "While an absence awaits evidence, the last working day to show a reasonable excuse")
        LocalDate evidenceDueBy) {
}
