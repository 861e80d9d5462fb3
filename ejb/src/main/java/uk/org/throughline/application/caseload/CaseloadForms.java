package uk.org.throughline.application.caseload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.org.throughline.domain.model.caseload.AccessForReason;
import uk.org.throughline.domain.model.caseload.PersonRestriction;
import uk.org.throughline.domain.model.caseload.RestrictionKind;

/** What is entered to open a record for a reason, allocate an offender manager or restrict a record. */
public final class CaseloadForms {

    private CaseloadForms() {
    }

    /** Why a worker needs the records of someone not on their caseload. */
    public record ReasonForm(
            @NotBlank(message = "Give the reason you need this record")
            @Size(max = AccessForReason.REASON_LENGTH, message = "The reason is at most {max} characters")
            String reason) {
    }

    /** The offender manager (username) a person is allocated to, from a day. */
    public record AllocationForm(
            @NotBlank(message = "Select the offender manager") String offenderManager,
            @NotNull(message = "Enter the day the allocation starts") LocalDate allocatedFrom) {
    }

    /** One member of staff a record is restricted to, or closed to, and why. */
    public record RestrictionForm(
            @NotNull(message = "Select whether the record is open only to this member of staff or closed to them")
            RestrictionKind kind,
            @NotBlank(message = "Enter the member of staff's username") String username,
            @NotBlank(message = "Give the reason for the restriction")
            @Size(max = PersonRestriction.REASON_LENGTH, message = "The reason is at most {max} characters")
            String reason) {
    }
}
