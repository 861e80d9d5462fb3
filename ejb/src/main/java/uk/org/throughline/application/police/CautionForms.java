package uk.org.throughline.application.police;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** What is entered as a conditional caution runs its course. */
public final class CautionForms {

    private CautionForms() {
    }

    /** A condition complied with, failed or withdrawn; a note is required unless complied. */
    public record ConditionStatusForm(
            @NotNull(message = "Select the new status") ComplianceStatus status,
            @NotNull(message = "Enter the date of the change") LocalDate on,
            @Size(max = PoliceFieldLengths.REASON, message = "The note is at most {max} characters") String note) {
    }

    public record WithdrawalForm(
            @NotNull(message = "Enter the date of withdrawal") LocalDate on,
            @NotBlank(message = "Give the reason for withdrawing the caution")
            @Size(max = PoliceFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }

    /** What police or the CPS decided after the caution failed. */
    public record DecisionForm(
            @NotNull(message = "Select the decision") NonComplianceOutcome decision,
            @NotNull(message = "Select who made the decision") DecisionMaker decisionMaker,
            @NotNull(message = "Enter the date of the decision") LocalDate decidedOn,
            @NotBlank(message = "Give the reason for the decision")
            @Size(max = PoliceFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }
}
