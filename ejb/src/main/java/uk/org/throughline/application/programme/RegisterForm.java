package uk.org.throughline.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceEntry;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;

/**
 * A session's register as the facilitator saves it, with the session's version as they read it: a
 * register saved by someone else meanwhile is refused, never overwritten.
 */
public record RegisterForm(long expectedVersion, @NotEmpty(message = "Mark at least one person") List<@Valid Line> lines) {

    public RegisterForm {
        lines = List.copyOf(lines);
    }

    /** One person's line; see {@link AttendanceEntry} for what each field needs. */
    public record Line(
            @NotNull(message = "Name the referral the line is for") Long referralId,
            @NotNull(message = "Mark everyone on the register") AttendanceMark mark,
            boolean failedToComply,
            @Size(max = ProgrammeFieldLengths.REASON, message = "The reason is at most {max} characters")
            String absenceReason,
            @Size(max = ProgrammeFieldLengths.NOTES, message = "The notes are at most {max} characters")
            String engagementNotes,
            boolean disclosureOrConcern,
            @Size(max = ProgrammeFieldLengths.REASON, message = "The reason is at most {max} characters")
            String correctionReason) {

        public AttendanceEntry entry() {
            return new AttendanceEntry(mark, failedToComply, absenceReason, engagementNotes, disclosureOrConcern,
                    correctionReason);
        }
    }
}
